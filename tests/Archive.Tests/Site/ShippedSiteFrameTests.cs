namespace PaperArchive.Tests.Site;

/// <summary>What every page of the shipped site has, whatever its kind: the frame, its head, clean markup.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ShippedSiteFrameTests(ShippedSiteFixture fixture)
{
    private readonly SiteBuild _site = fixture.Build;

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
}
