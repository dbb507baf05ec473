using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Browser;

/// <summary>Paper pages with arXiv metadata (authors, a long list folded, the Cite block), built once.</summary>
public sealed class EnrichedBrowserSite : BrowserSite, IDisposable
{
    private readonly TempFolder _input = new();

    public EnrichedBrowserSite() => EnrichedSiteFixture.WriteInput(_input);

    protected override string Input => _input.Path;

    public void Dispose() => _input.Dispose();
}

public sealed class PaperAuthorsAccessibilityTests(EnrichedBrowserSite site) : IClassFixture<EnrichedBrowserSite>
{
    [BrowserFact]
    public async Task Pages_with_authors_and_a_cite_block_have_no_axe_violations()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        foreach (var slug in new[] { EnrichedSiteFixture.Quantum, EnrichedSiteFixture.Workshop })
        {
            await page.GotoAsync($"{site.BaseUrl}papers/{slug}/");
            violations.AddRange((await AccessibilityTests.AxeAsync(page)).Select(v => $"{slug}: {v}"));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [BrowserFact]
    public async Task The_rest_of_a_long_author_list_opens_without_javascript()
    {
        await using var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}papers/{EnrichedSiteFixture.Workshop}/");
        var more = page.Locator(".authors details");

        Assert.False(await more.Locator("p").IsVisibleAsync());
        await more.Locator("summary").ClickAsync();
        Assert.True(await more.Locator("p").IsVisibleAsync());
        Assert.Contains("Dirk Wübben", await more.Locator("p").InnerTextAsync());
    }
}
