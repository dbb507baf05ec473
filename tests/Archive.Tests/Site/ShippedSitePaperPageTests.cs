using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>The shipped site's paper pages.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ShippedSitePaperPageTests(ShippedSiteFixture fixture)
{
    private readonly SiteBuild _site = fixture.Build;

    [Fact]
    public void A_paper_page_carries_scholar_metadata_json_ld_and_look_up_links()
    {
        var file = fixture.PaperPages.First();
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
        var content = BuiltSites.ShippedContent;
        var (paper, title) = content.Catalog.Papers
            .Select(p => (Paper: p, Title: content.Config.ListingFor(p.Sources[0].File)?.Title))
            .First(p => p.Title is not null);

        var sources = _site.Page($"papers/{paper.Slug}/index.html").QuerySelector(".sources")!.TextContent;

        Assert.Contains(title!, sources);
    }
}
