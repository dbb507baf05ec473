namespace PaperArchive.Tests.Site;

/// <summary>The shipped site's one-of-a-kind pages and files: search, 404, subscribe, the sitemap.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ShippedSiteSinglePageTests(ShippedSiteFixture fixture)
{
    private readonly SiteBuild _site = fixture.Build;

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_page_with_absolute_urls_and_lastmod()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(_site.Text("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(ns + "url").ToList();
        Assert.Equal(_site.HtmlFiles().Count - 1, urls.Count);
        Assert.All(urls, u => Assert.StartsWith("https://paper-archive.netlify.app/", u.Element(ns + "loc")!.Value));
        Assert.All(urls, u => Assert.Matches(@"^20\d\d-\d\d-\d\d$", u.Element(ns + "lastmod")!.Value));
        Assert.DoesNotContain(urls, u => u.Element(ns + "loc")!.Value.Contains("404", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://paper-archive.netlify.app/sitemap.xml", _site.Text("robots.txt"));
    }

    [Fact]
    public void The_search_page_holds_the_search_contract()
    {
        var page = _site.Page("search/index.html");
        var section = page.QuerySelector("main section#search-page")!;
        Assert.Equal("../search/index/", section.GetAttribute("data-index"));
        Assert.NotNull(section.QuerySelector("form#search-form[role=search] input#search-q[name=q]"));
        Assert.NotNull(section.QuerySelector("div#search-filters"));
        Assert.NotNull(section.QuerySelector("p#search-status[role=status][aria-live=polite]"));
        Assert.NotNull(section.QuerySelector("ol#search-results.search-results"));
        Assert.Contains("../themes/", section.QuerySelector("noscript")!.InnerHtml);
    }

    [Fact]
    public void The_404_page_links_from_the_base_path_because_it_is_served_at_any_depth()
    {
        var page = _site.Page("404.html");
        Assert.Equal("/", page.Body!.GetAttribute("data-root"));
        Assert.Equal("/search/", page.QuerySelector("form.site-search")!.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("meta[name=robots][content=noindex]"));
    }

    [Fact]
    public void The_subscribe_page_lists_the_archive_feeds_each_themes_feeds_and_the_opml_file()
    {
        var links = _site.Page("subscribe/index.html").QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../feed.xml", links);
        Assert.Contains("../atom.xml", links);
        Assert.Contains("../feed.json", links);
        Assert.Contains("../themes/other/feed.xml", links);
        Assert.Contains("../feeds.opml", links);
    }
}
