using AngleSharp.Dom;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>One build of the shipped input, shared by the structure tests below.</summary>
public sealed class ShippedSiteFixture : IDisposable
{
    public SiteBuild Build { get; } = new(RepoPaths.ShippedInput);

    public void Dispose() => Build.Dispose();
}

public sealed class ShippedSiteTests(ShippedSiteFixture fixture) : IClassFixture<ShippedSiteFixture>
{
    private readonly SiteBuild _site = fixture.Build;

    private IEnumerable<string> PaperPages => _site.HtmlFiles().Where(f => f.StartsWith("papers/", StringComparison.Ordinal) && !f.StartsWith("papers/page/", StringComparison.Ordinal) && f != "papers/index.html");

    [Fact]
    public void The_shipped_input_builds_without_errors()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Diagnostics.Sorted()));
    }

    [Fact]
    public void Every_one_of_the_455_papers_has_a_page()
    {
        Assert.Equal(455, PaperPages.Count());
    }

    [Fact]
    public void Every_paper_is_linked_from_some_theme_page_and_some_date_page()
    {
        var fromThemes = LinkedPapers(f => f.StartsWith("themes/", StringComparison.Ordinal));
        var fromDates = LinkedPapers(f => f.StartsWith("dates/", StringComparison.Ordinal));
        foreach (var paper in PaperPages)
        {
            Assert.Contains(paper, fromThemes);
            Assert.Contains(paper, fromDates);
        }
    }

    [Fact]
    public void Every_paper_is_reachable_from_the_home_page()
    {
        var reached = new HashSet<string> { "index.html" };
        var queue = new Queue<string>(reached);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            foreach (var target in InternalLinks(page).Where(t => t.EndsWith(".html", StringComparison.Ordinal) && _site.Exists(t)))
            {
                if (reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.All(PaperPages, p => Assert.Contains(p, reached));
    }

    [Fact]
    public void Every_internal_link_and_asset_of_every_page_resolves_to_a_file()
    {
        var missing = _site.HtmlFiles()
            .Where(f => f != "404.html")
            .SelectMany(f => InternalLinks(f).Select(t => (Page: f, Target: t)))
            .Where(l => !IsFeedOrIndex(l.Target) && !_site.Exists(l.Target))
            .Distinct()
            .Take(10)
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_page_has_a_title_a_description_one_h1_a_skip_link_and_the_landmarks()
    {
        foreach (var file in _site.HtmlFiles())
        {
            var page = _site.Page(file);
            Assert.False(string.IsNullOrWhiteSpace(page.Title), file);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), file);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotNull(page.QuerySelector("a.skip-link[href='#main']"));
            Assert.NotNull(page.QuerySelector("main#main"));
            Assert.Single(page.QuerySelectorAll("body > header"));
            Assert.Single(page.QuerySelectorAll("body > footer"));
            Assert.NotNull(page.QuerySelector("header nav"));
            Assert.NotNull(page.QuerySelector("header form.site-search[role=search] input#site-search-q[name=q]"));
        }
    }

    [Fact]
    public void Headings_never_skip_a_level()
    {
        foreach (var file in _site.HtmlFiles())
        {
            var previous = 0;
            foreach (var heading in _site.Page(file).QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                Assert.True(level <= previous + 1, $"{file}: <{heading.LocalName}> '{heading.TextContent}' follows an h{previous}");
                previous = level;
            }
        }
    }

    [Fact]
    public void No_page_has_inline_style_inline_script_or_anything_from_another_host()
    {
        foreach (var file in _site.HtmlFiles())
        {
            var page = _site.Page(file);
            Assert.Empty(page.QuerySelectorAll("[style], style"));
            foreach (var script in page.Scripts)
            {
                Assert.True(script.Type == "application/ld+json" || (script.Source is { Length: > 0 } && !script.Source.Contains("//")), $"{file}: {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
            }

            foreach (var element in page.QuerySelectorAll("link[href], img[src], script[src], iframe, source[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? string.Empty;
                var rel = element.GetAttribute("rel") ?? string.Empty;
                Assert.True(rel is "canonical" || !url.Contains("//", StringComparison.Ordinal), $"{file}: {element.OuterHtml}");
            }
        }
    }

    [Fact]
    public void Every_page_loads_the_hashed_stylesheet_and_links_the_archive_feeds()
    {
        foreach (var file in _site.HtmlFiles())
        {
            var head = _site.Page(file).Head!;
            Assert.Matches(@"assets/site\.[0-9a-f]{8}\.css$", head.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
            Assert.NotNull(head.QuerySelector("link[rel=alternate][type='application/rss+xml'][href$='feed.xml']"));
            Assert.NotNull(head.QuerySelector("link[rel=alternate][type='application/atom+xml'][href$='atom.xml']"));
            Assert.NotNull(head.QuerySelector("link[rel=alternate][type='application/feed+json'][href$='feed.json']"));
        }
    }

    [Fact]
    public void Every_body_carries_its_relative_root()
    {
        Assert.Equal(string.Empty, _site.Page("index.html").Body!.GetAttribute("data-root"));
        Assert.Equal("../", _site.Page("themes/index.html").Body!.GetAttribute("data-root"));
        Assert.Equal("../../../", _site.Page("papers/page/2/index.html").Body!.GetAttribute("data-root"));
    }

    [Fact]
    public void A_paper_page_carries_scholar_metadata_json_ld_and_look_up_links()
    {
        var file = PaperPages.First();
        var page = _site.Page(file);
        var title = page.QuerySelector("h1")!.TextContent;
        Assert.Equal(title, page.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("meta[name=citation_publication_date]"));
        Assert.NotNull(page.QuerySelector("meta[name=citation_online_date]"));
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.StartsWith("https://paper-archive.netlify.app/papers/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("ScholarlyArticle", json.RootElement.GetProperty("@type").GetString());
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(links, l => l.StartsWith("https://arxiv.org/search/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://huggingface.co/papers?q=", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("https://scholar.google.com/scholar?q=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paper_page_names_its_listing_by_the_title_site_yml_gives_it()
    {
        var page = _site.Page(PaperPages.First());
        var sources = page.QuerySelector(".sources")!.TextContent;
        Assert.Contains("Explaining model decisions", sources);
    }

    [Fact]
    public void Long_lists_are_paginated_with_rel_prev_and_next()
    {
        var first = _site.Page("papers/index.html");
        Assert.Equal(50, first.QuerySelectorAll("main .paper-list > li").Length);
        Assert.Equal("papers/page/2/index.html", SiteBuild.Resolve("papers/index.html", first.QuerySelector("head link[rel=next]")!.GetAttribute("href")!));
        Assert.Null(first.QuerySelector("head link[rel=prev]"));
        var second = _site.Page("papers/page/2/index.html");
        Assert.Equal("papers/index.html", SiteBuild.Resolve("papers/page/2/index.html", second.QuerySelector("head link[rel=prev]")!.GetAttribute("href")!));
        Assert.Equal("papers/page/3/index.html", SiteBuild.Resolve("papers/page/2/index.html", second.QuerySelector("head link[rel=next]")!.GetAttribute("href")!));
        Assert.True(_site.Exists("papers/page/10/index.html"));
        Assert.False(_site.Exists("papers/page/11/index.html"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404_page_with_absolute_urls_and_lastmod()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(_site.Text("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(ns + "url").ToList();
        Assert.Equal(_site.HtmlFiles().Count - 1, urls.Count);
        Assert.All(urls, u => Assert.StartsWith("https://paper-archive.netlify.app/", u.Element(ns + "loc")!.Value));
        Assert.All(urls, u => Assert.Matches(@"^2025-12-\d\d$", u.Element(ns + "lastmod")!.Value));
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

    [Fact]
    public void Undated_papers_are_listed_under_dates_undated()
    {
        var count = Enumerable.Range(1, 20)
            .Select(n => n == 1 ? "dates/undated/index.html" : $"dates/undated/page/{n}/index.html")
            .Where(_site.Exists)
            .Sum(f => _site.Page(f).QuerySelectorAll("main .paper-list > li").Length);
        Assert.Equal(455 - 152, count);
    }

    private HashSet<string> LinkedPapers(Func<string, bool> fromPage) =>
        _site.HtmlFiles().Where(fromPage)
            .SelectMany(InternalLinks)
            .Where(t => t.StartsWith("papers/", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

    private IEnumerable<string> InternalLinks(string file) =>
        _site.Page(file).QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Select(href => SiteBuild.Resolve(file, href))
            .OfType<string>();

    // Feeds, the OPML file and the search index come from other stages; a page may link them before they exist.
    private static bool IsFeedOrIndex(string target) =>
        target.EndsWith("feed.xml", StringComparison.Ordinal) || target.EndsWith("atom.xml", StringComparison.Ordinal) ||
        target.EndsWith("feed.json", StringComparison.Ordinal) || target == "feeds.opml" || target.StartsWith("search/index/", StringComparison.Ordinal);
}
