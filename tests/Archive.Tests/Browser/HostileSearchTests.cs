using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Browser;

/// <summary>Searching the hostile fixture: titles holding script, markup and template syntax show as text.</summary>
[Trait("Category", "Slow")]
public sealed class HostileSearchTests(HostileBrowserSite site) : IClassFixture<HostileBrowserSite>
{
    [BrowserFact]
    public async Task Searching_for_script_runs_no_injected_script_and_shows_the_title_literally()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site, "script");
        Assert.True(await visitor.Results.CountAsync() > 0);
        Assert.Contains(await visitor.TitlesAsync(), t => t.StartsWith("<script>window.__pwned = 1</script>", StringComparison.Ordinal));
        await visitor.TypeAsync("breakout");
        Assert.Contains(await visitor.TitlesAsync(), t => t.Contains("\"><img src=x onerror=", StringComparison.Ordinal));
        Assert.Equal("undefined", await visitor.Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, await visitor.Page.Locator("#search-results script, #search-results img").CountAsync());
        Assert.Empty(visitor.Dialogs);
    }

    [BrowserFact]
    public async Task A_folded_query_finds_a_title_with_diacritics()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site, "melange umlauts");
        Assert.Contains(await visitor.TitlesAsync(), t => t.StartsWith("Mélange", StringComparison.Ordinal));
        Assert.Contains("Mélange", await visitor.Page.Locator("#search-results mark").AllTextContentsAsync());
    }
}
