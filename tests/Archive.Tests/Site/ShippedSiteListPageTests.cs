using AngleSharp.Html.Dom;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>The shipped site's lists of papers: all papers, each theme, each month, undated, each capture day. Their
/// numbered pages count from the oldest papers and the root holds the newest.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ShippedSiteListPageTests(ShippedSiteFixture fixture)
{
    private const int PageSize = 50;
    private readonly SiteBuild _site = fixture.Build;

    [Fact]
    public void The_list_of_all_papers_keeps_its_oldest_papers_on_page_1_and_its_newest_on_its_root()
    {
        var papers = BuiltSites.ShippedPaperCount;
        var numbered = (papers / PageSize) - 1;

        Assert.Equal(papers - (numbered * PageSize), Cards("papers/index.html").Count);
        Assert.True(_site.Exists($"papers/page/{numbered}/index.html"));
        Assert.False(_site.Exists($"papers/page/{numbered + 1}/index.html"));
        Assert.False(_site.Exists("papers/page/0/index.html"));
        Assert.All(Enumerable.Range(1, numbered), n => Assert.Equal(PageSize, Cards($"papers/page/{n}/index.html").Count));
        Assert.Contains("counting from the oldest", _site.Page("papers/page/1/index.html").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_list_root_holds_50_to_99_papers_or_the_whole_list_when_it_has_fewer_than_100()
    {
        foreach (var root in ListRoots())
        {
            var count = Cards(root).Count;
            var pages = NumberedPages(root);
            Assert.True(pages.Count == 0 ? count < 100 : count is >= PageSize and < 2 * PageSize, $"{root}: {count} papers, {pages.Count} numbered pages");
        }
    }

    [Fact]
    public void Following_older_links_from_a_root_and_newer_links_back_visits_every_paper_of_the_list_once()
    {
        foreach (var root in ListRoots())
        {
            var older = Walk(root, "next");
            var newer = Walk(older[^1], "prev");
            newer.Reverse();

            Assert.Equal(older, newer);
            Assert.Equal(NumberedPages(root).Count + 1, older.Count);
            var papers = older.SelectMany(Cards).ToList();
            Assert.Equal(papers.Count, papers.Distinct(StringComparer.Ordinal).Count());
            var total = _site.Page(root).QuerySelector(".page-meta")!.TextContent;
            Assert.StartsWith(papers.Count == 1 ? "1 paper" : $"{papers.Count} papers", total, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_numbered_page_links_to_the_newest_and_the_oldest_page_and_shows_no_list_total()
    {
        var pages = NumberedPages("papers/index.html");
        foreach (var file in pages)
        {
            var page = _site.Page(file);
            var links = page.QuerySelectorAll("nav.pagination a").ToDictionary(a => a.TextContent.Trim(), a => SiteBuild.Resolve(file, a.GetAttribute("href")!));
            Assert.Equal("papers/index.html", links["Newest"]);
            Assert.Equal(file == "papers/page/1/index.html" ? null : "papers/page/1/index.html", links.GetValueOrDefault("Oldest"));
            var total = $"{BuiltSites.ShippedPaperCount} papers";
            Assert.DoesNotContain(total, page.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(" of ", page.QuerySelector(".page-meta")!.TextContent, StringComparison.Ordinal);
        }

        var root = _site.Page("papers/index.html").QuerySelectorAll("nav.pagination a").Select(a => a.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Newest", root);
        Assert.Contains("Oldest", root);
    }

    [Fact]
    public void Undated_papers_are_listed_under_dates_undated()
    {
        var count = Walk("dates/undated/index.html", "next").Sum(f => Cards(f).Count);
        Assert.Equal(BuiltSites.ShippedContent.Catalog.Papers.Count(p => p.Published is null), count);
    }

    private List<string> Cards(string file) =>
        _site.Page(file).QuerySelectorAll("main .paper-list > li .paper-item-title a").Select(a => SiteBuild.Resolve(file, a.GetAttribute("href")!)!).ToList();

    /// <summary>The root of every list: the pages with the list layout that are not numbered pages.</summary>
    private IEnumerable<string> ListRoots() => _site.HtmlFiles()
        .Where(f => !f.Contains("/page/", StringComparison.Ordinal) && _site.Page(f).Body!.ClassList.Contains("list-page"));

    private List<string> NumberedPages(string root) =>
        _site.HtmlFiles().Where(f => f.StartsWith(root[..^"index.html".Length] + "page/", StringComparison.Ordinal)).ToList();

    /// <summary>The pages met following <c>link[rel=<paramref name="rel"/>]</c> from <paramref name="file"/>, itself first.</summary>
    private List<string> Walk(string file, string rel)
    {
        var pages = new List<string> { file };
        while (_site.Page(pages[^1]).QuerySelector($"head link[rel={rel}]") is IHtmlLinkElement link)
        {
            pages.Add(SiteBuild.Resolve(pages[^1], link.GetAttribute("href")!)!);
            Assert.True(pages.Count < 100, "the links go round in a circle");
        }

        return pages;
    }
}
