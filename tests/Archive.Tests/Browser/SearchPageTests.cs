using System.Text.Json;
using System.Text.RegularExpressions;
using PaperArchive.Search;
using PaperArchive.Search.Client;
using PaperArchive.Site;
using PaperArchive.Tests.Support;
using Xunit.Abstractions;

namespace PaperArchive.Tests.Browser;

/// <summary>The search page of the shipped archive in a real browser, as a visitor uses it.</summary>
[Trait("Category", "Slow")]
public sealed class SearchPageTests(ShippedBrowserSite site, ITestOutputHelper output) : IClassFixture<ShippedBrowserSite>
{
    [BrowserFact]
    public async Task A_distinctive_title_word_returns_that_paper_first()
    {
        var (word, title) = DistinctiveTitleWord();
        await using var visitor = await SearchVisitor.OpenAsync(site);
        await visitor.TypeAsync(word);
        Assert.Equal(title, (await visitor.TitlesAsync())[0]);
        Assert.Empty(visitor.Errors);
    }

    [BrowserFact]
    public async Task A_prefix_finds_every_paper_with_a_word_starting_with_it_and_highlights_it()
    {
        var expected = new IndexReplay(Path.Combine(site.Output, SiteUrls.SearchIndex)).Search("interpret").Matches.Count;
        await using var visitor = await SearchVisitor.OpenAsync(site);
        await visitor.TypeAsync("interpret");
        Assert.True(expected > 1);
        Assert.Equal(expected, await visitor.CountAsync());
        Assert.Equal(10, await visitor.Results.CountAsync());
        var marks = await visitor.Page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.StartsWith("interpret", m.ToLowerInvariant()));
        for (var i = 0; i < 10; i++)
        {
            Assert.True(await visitor.Results.Nth(i).Locator("mark").CountAsync() > 0, $"result {i + 1} has no highlighted word");
        }
    }

    [BrowserFact]
    public async Task Typing_letter_by_letter_shows_results_without_console_errors()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site);
        await visitor.Box.PressSequentiallyAsync("interpretability");
        await visitor.SettledAsync();
        Assert.True(await visitor.CountAsync() > 0);
        Assert.Contains("q=interpretability", visitor.Page.Url);
        Assert.Empty(visitor.Errors);
    }

    [BrowserFact]
    public async Task A_filter_narrows_the_results_to_its_count_and_goes_into_the_url()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site, "model");
        var total = await visitor.CountAsync();
        var themes = visitor.Page.Locator("#search-filters button[data-facet=theme][data-value]:not([data-value=''])");
        var facet = await themes.CountAsync() > 1 ? "theme" : "year";
        var options = visitor.Page.Locator($"#search-filters button[data-facet={facet}]:not([data-value=''])");
        var counts = new List<(int Count, string Value)>();
        for (var i = 0; i < await options.CountAsync(); i++)
        {
            counts.Add((int.Parse(await options.Nth(i).Locator(".search-facet-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture),
                (await options.Nth(i).GetAttributeAsync("data-value"))!));
        }

        var (count, value) = counts.Where(c => c.Count < total).MinBy(c => c.Count);
        await visitor.Page.Locator($"#search-filters button[data-facet={facet}][data-value='{value}']").ClickAsync();
        await visitor.SettledAsync();
        Assert.Equal(count, await visitor.CountAsync());
        Assert.Contains($"{facet}={value}", visitor.Page.Url);
        Assert.Equal("true", await visitor.Page.Locator($"#search-filters button[data-facet={facet}][data-value='{value}']").GetAttributeAsync("aria-pressed"));
    }

    [BrowserFact]
    public async Task Opening_a_search_url_shows_its_results()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site, "reward hacking");
        Assert.Equal("reward hacking", await visitor.Box.InputValueAsync());
        Assert.True(await visitor.Results.CountAsync() > 0);
        Assert.True(await visitor.Page.Locator("#search-results mark").CountAsync() > 0);
        Assert.Empty(visitor.Errors);
    }

    [BrowserFact]
    public async Task Slash_focuses_the_search_box()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site);
        await visitor.Page.EvaluateAsync("() => document.activeElement.blur()");
        Assert.Equal("BODY", await visitor.Page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        await visitor.Page.Keyboard.PressAsync("/");
        Assert.Equal("search-q", await visitor.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(string.Empty, await visitor.Box.InputValueAsync());
    }

    [BrowserFact]
    public async Task Slash_focuses_the_header_search_box_on_any_other_page()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site);
        await visitor.Page.GotoAsync(site.BaseUrl + "about/");
        await visitor.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await visitor.Page.Keyboard.PressAsync("/");
        Assert.Equal("site-search-q", await visitor.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(visitor.Errors);
    }

    [BrowserFact]
    public async Task Pages_other_than_the_search_page_load_only_the_shortcut_script()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site);
        var scripts = new List<string>();
        visitor.Page.Request += (_, request) =>
        {
            if (request.ResourceType == "script")
            {
                lock (scripts)
                {
                    scripts.Add(request.Url);
                }
            }
        };
        await visitor.Page.GotoAsync(site.BaseUrl + "about/");
        await visitor.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        Assert.Matches("/assets/js/shortcut\\.[0-9a-f]{8}\\.js$", Assert.Single(scripts));
    }

    [BrowserFact]
    public async Task A_result_writes_its_date_as_the_papers_page_does()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site, "reinforcement");
        var result = visitor.Page.Locator("#search-results .search-result").First;
        var shown = await result.Locator("time").InnerTextAsync();
        var href = await result.Locator(".search-result-title").GetAttributeAsync("href");

        await visitor.Page.GotoAsync(site.BaseUrl + "search/" + href);
        Assert.Equal(await visitor.Page.Locator(".facts time").First.InnerTextAsync(), shown);
        Assert.Matches(@"^[A-Z][a-z]{2} \d{1,2}, \d{4}$", shown);
    }

    [BrowserFact]
    public async Task Arrow_down_and_enter_open_the_first_result()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site, "alignment");
        var href = await visitor.Page.Locator("#search-results .search-result-title").First.GetAttributeAsync("href");
        Assert.Matches("^\\.\\./papers/[a-z0-9-]+/$", href);
        await visitor.Box.FocusAsync();
        await visitor.Page.Keyboard.PressAsync("ArrowDown");
        await visitor.Page.Keyboard.PressAsync("ArrowDown");
        await visitor.Page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(href, await visitor.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        // The browser asks for the paper's page (whether this branch's build has it or not).
        var request = await visitor.Page.RunAndWaitForRequestAsync(
            () => visitor.Page.Keyboard.PressAsync("Enter"), new Regex(Regex.Escape(href!.Replace("../", "/")) + "$"));
        Assert.True(request.IsNavigationRequest);
    }

    [BrowserFact]
    public async Task The_back_button_restores_the_previous_query()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site, "alignment");
        var first = await visitor.TitlesAsync();
        await visitor.TypeAsync("reward");
        Assert.Contains("q=reward", visitor.Page.Url);
        Assert.NotEqual(first, await visitor.TitlesAsync());
        await visitor.Page.GoBackAsync();
        await visitor.Page.WaitForFunctionAsync("() => document.getElementById('search-q').value === 'alignment'");
        await visitor.SettledAsync();
        Assert.Contains("q=alignment", visitor.Page.Url);
        Assert.Equal(first, await visitor.TitlesAsync());
    }

    [BrowserFact]
    public async Task The_script_tokenises_exactly_like_the_index_builder()
    {
        var samples = new List<string>
        {
            "Mélange: Diacritics and Ümlauts, café-style naïve models",
            "Learning to rank studies: matches, processes, embeddings and running encoders",
            "Łukasz Straße Þór Ærø œuvre GPT-4 RLHF-based 3D ×÷",
            "Me\u0301lange combining marks",
            string.Concat(Enumerable.Range(0xC0, 0x190).Select(c => (char)c + " ")),
        };
        await using var visitor = await SearchVisitor.OpenAsync(site);
        var module = "../assets/js/search/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Output, "assets", "js", "search"), "text.*.js").Single());
        // The module folds with the table and stop words the build wrote into the manifest, as the page does.
        var script = await visitor.Page.EvaluateAsync<JsonElement>(
            "async ([module, samples]) => { const { textRules } = await import(module); " +
            "const m = await (await fetch('index/manifest.json')).json(); const text = textRules(m.text); " +
            "return samples.map(s => text.terms(s)); }",
            new object[] { module, samples });
        for (var i = 0; i < samples.Count; i++)
        {
            Assert.Equal(SearchTokenizer.Terms(samples[i]), script[i].EnumerateArray().Select(e => e.GetString()!));
        }
    }

    [BrowserFact]
    public async Task A_first_query_downloads_less_than_100_kilobytes_with_the_script()
    {
        await using var visitor = await SearchVisitor.OpenAsync(site);
        // Each body is read by a task of its own, all awaited before the count is taken: the response event only starts
        // them, so counting at network idle could miss bodies still being read.
        var reads = new System.Collections.Concurrent.ConcurrentQueue<Task<long>>();
        visitor.Page.Response += (_, response) =>
        {
            // Redirects (which have no body) and other files are skipped; a body that cannot be read is left out.
            if (response.Status is < 200 or >= 300 ||
                !(response.Url.Contains("/search/index/") || response.Url.Contains("/assets/js/")))
            {
                return;
            }

            reads.Enqueue(BodyLength(response));
        };
        await visitor.Page.ReloadAsync();
        await visitor.SettledAsync();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await visitor.TypeAsync("alignment");
        output.WriteLine($"first results after {stopwatch.ElapsedMilliseconds} ms (informational; the machine is shared)");
        await visitor.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        var bytes = (await Task.WhenAll(reads)).Sum();
        output.WriteLine($"first query downloaded {bytes} bytes with the script");
        Assert.InRange(bytes, 10_000, 100_000);
    }

    private static async Task<long> BodyLength(Microsoft.Playwright.IResponse response)
    {
        try
        {
            return (await response.BodyAsync()).Length;
        }
        catch (Microsoft.Playwright.PlaywrightException)
        {
            return 0;
        }
    }

    /// <summary>A word of one title that no other paper uses, with the title.</summary>
    private static (string Word, string Title) DistinctiveTitleWord()
    {
        var papers = BuiltSites.ShippedContent.VisiblePapers;
        var documentFrequency = papers.SelectMany(p => SearchTokenizer.Terms(p.Title + " " + p.Abstract).Distinct())
            .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        return papers.SelectMany(p => SearchFolding.Words(p.Title).Select(w => (Word: w, p.Title)))
            .First(x => x.Word.Length >= 7 && x.Word.All(char.IsAsciiLetter) && SearchTokenizer.Stem(x.Word) == x.Word
                && documentFrequency.GetValueOrDefault(x.Word) == 1);
    }
}
