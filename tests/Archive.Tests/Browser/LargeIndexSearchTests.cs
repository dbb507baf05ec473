using PaperArchive.Search;
using PaperArchive.Search.Client;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Browser;

/// <summary>The shipped site, whose search index a test swaps for the index of a made-up archive large enough to have
/// long posting lists in binary files (bitmaps among them), which the shipped archive has none of.</summary>
public sealed class LargeIndexBrowserSite : BrowserSite
{
    protected override string Input => RepoPaths.ShippedInput;
}

/// <summary>search.js must read the binary long lists and the chunk folders exactly as <see cref="IndexReplay"/> does.</summary>
[Trait("Category", "Slow")]
public sealed class LargeIndexSearchTests(LargeIndexBrowserSite site) : IClassFixture<LargeIndexBrowserSite>
{
    [BrowserFact]
    public async Task On_a_large_index_the_browser_finds_the_same_papers_in_the_same_order_as_the_replay()
    {
        var index = Path.Combine(site.Output, SiteUrls.SearchIndex);
        Directory.Delete(index, recursive: true);
        foreach (var file in SearchIndexBuilder.Build(SyntheticContent.Create(BuiltSites.ShippedContent, 12_000)))
        {
            var path = Path.Combine(site.Output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        await using var visitor = await SearchVisitor.OpenAsync(site);
        var requested = new List<string>();
        visitor.Page.Request += (_, request) => requested.Add(request.Url);
        foreach (var query in new[] { "model", "language model", "learn", "reinforcement learning policy" })
        {
            var (matches, slugs) = new IndexReplay(index).Search(query);
            await visitor.TypeAsync(query);
            Assert.True(matches.Count > 10, $"{query}: {matches.Count} matches");
            Assert.Equal(matches.Count, await visitor.CountAsync());
            var links = await visitor.Page.Locator("#search-results a.search-result-title").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.Equal(slugs.Select(s => "../papers/" + s + "/"), links);
        }

        Assert.Contains(requested, url => url.Contains("/x/", StringComparison.Ordinal) && url.Contains(".bin?", StringComparison.Ordinal));
        Assert.Empty(visitor.Errors);
    }
}
