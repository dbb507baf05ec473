using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>The shipped site's lists of papers: all papers, and the undated ones.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ShippedSiteListPageTests(ShippedSiteFixture fixture)
{
    private const int PageSize = 50;
    private readonly SiteBuild _site = fixture.Build;

    [Fact]
    public void Long_lists_are_paginated_with_rel_prev_and_next()
    {
        var first = _site.Page("papers/index.html");
        Assert.Equal(PageSize, first.QuerySelectorAll("main .paper-list > li").Length);
        Assert.Equal("papers/page/2/index.html", SiteBuild.Resolve("papers/index.html", first.QuerySelector("head link[rel=next]")!.GetAttribute("href")!));
        Assert.Null(first.QuerySelector("head link[rel=prev]"));
        var second = _site.Page("papers/page/2/index.html");
        Assert.Equal("papers/index.html", SiteBuild.Resolve("papers/page/2/index.html", second.QuerySelector("head link[rel=prev]")!.GetAttribute("href")!));
        Assert.Equal("papers/page/3/index.html", SiteBuild.Resolve("papers/page/2/index.html", second.QuerySelector("head link[rel=next]")!.GetAttribute("href")!));
        var pages = (BuiltSites.ShippedPaperCount + PageSize - 1) / PageSize;
        Assert.True(_site.Exists($"papers/page/{pages}/index.html"));
        Assert.False(_site.Exists($"papers/page/{pages + 1}/index.html"));
    }

    [Fact]
    public void Undated_papers_are_listed_under_dates_undated()
    {
        var count = Enumerable.Range(1, 100)
            .Select(n => n == 1 ? "dates/undated/index.html" : $"dates/undated/page/{n}/index.html")
            .Where(_site.Exists)
            .Sum(f => _site.Page(f).QuerySelectorAll("main .paper-list > li").Length);
        Assert.Equal(BuiltSites.ShippedContent.Catalog.Papers.Count(p => p.Published is null), count);
    }
}
