using System.Text.Json;
using Microsoft.Playwright;
using PaperArchive.Tests.Support;
using Xunit.Abstractions;

namespace PaperArchive.Tests.Browser;

/// <summary>The shipped site as axe-core (tests/tools, injected into the page) and a phone see it.</summary>
public sealed class AccessibilityTests(ShippedBrowserSite site, ITestOutputHelper output) : IClassFixture<ShippedBrowserSite>
{
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [CheckerFact(inBrowser: true)]
    public async Task The_home_paper_theme_month_and_search_pages_have_no_axe_violations_on_a_desktop_or_a_phone()
    {
        var paper = Directory.GetDirectories(Path.Combine(site.Output, "papers")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First(d => d != "page");
        string[] pages = ["", $"papers/{paper}/", "themes/reinforcement-learning/", "dates/2024/10/", "search/?q=reinforcement"];
        var violations = new List<string>();
        foreach (var viewport in new[] { Desktop, Phone })
        {
            await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = viewport });
            var page = await context.NewPageAsync();
            foreach (var path in pages)
            {
                await page.GotoAsync(site.BaseUrl + path);
                if (path.StartsWith("search/", StringComparison.Ordinal))
                {
                    await page.WaitForSelectorAsync("#search-results[aria-busy=false] .search-result");
                }

                foreach (var violation in await AxeAsync(page))
                {
                    violations.Add($"{viewport.Width}px /{path}: {violation}");
                }
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [CheckerFact(inBrowser: true)]
    public async Task The_check_finds_two_search_landmarks_with_the_same_name()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "about/");
        await page.EvaluateAsync("() => document.querySelector('main').append(document.querySelector('form.site-search').cloneNode(true))");

        Assert.Contains(await AxeAsync(page), v => v.StartsWith("landmark-unique", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task On_a_phone_the_first_result_is_on_the_first_screen_and_the_filters_are_folded()
    {
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = Phone });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/?q=reinforcement");
        var first = page.Locator("#search-results .search-result").First;
        await first.WaitForAsync();

        var box = (await first.BoundingBoxAsync())!;
        output.WriteLine($"first result at {box.Y} px of {Phone.Height}");
        Assert.True(box.Y + 40 < Phone.Height, $"the first result starts at {box.Y} px");
        Assert.False(await page.Locator("#search-filter-panel").EvaluateAsync<bool>("d => d.open"));
        Assert.False(await page.Locator("#search-filters button[data-facet=theme]").First.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task The_count_says_which_filters_it_counts_within()
    {
        await using var context = await site.Browser.NewContextAsync(new() { ViewportSize = Desktop });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/?q=reinforcement");
        await page.WaitForSelectorAsync("#search-results[aria-busy=false] .search-result");
        var all = await page.Locator("#search-status").InnerTextAsync();

        await page.Locator("#search-filters button[data-facet=theme][data-value=reinforcement-learning]").ClickAsync();
        await page.WaitForFunctionAsync("s => document.getElementById('search-status').textContent !== s", all);

        Assert.Matches(@"^\d+ papers match\.$", all);
        Assert.Matches(@"^\d+ papers of \d+ papers match in the theme Reinforcement learning\.$", await page.Locator("#search-status").InnerTextAsync());
        Assert.Equal("Filtered by the theme Reinforcement learning", await page.Locator("#search-filter-panel summary").InnerTextAsync());
    }

    /// <summary>axe-core's violations of the page as it is, as "rule (impact): first targets".</summary>
    internal static async Task<List<string>> AxeAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = TestTools.AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations" +
            ".map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)");
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
