using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>A site built from real captures shows upvotes, dates and authors only where a capture showed them.</summary>
public sealed class KnownFieldsTests
{
    [Fact]
    public void Regression_papers_whose_capture_shows_no_upvote_count_were_published_with_0_upvotes()
    {
        using var input = new TempFolder();
        input.Write("site.yml", "title: Known fields\nbase_url: https://example.org\n");
        input.Write("listings/export-notebook-search.txt",
            File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", "Forms", "export-notebook-search.txt")));
        using var site = new SiteBuild(input.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.Sorted()));
        var unknown = site.Page("papers/intercode-standardizing-and-benchmarking-interactive-coding-with-execution/index.html");
        Assert.Null(unknown.QuerySelector(".facts .upvotes"));
        Assert.DoesNotContain("upvotes", unknown.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("interactionStatistic", unknown.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Contains("4 authors", unknown.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);

        var known = site.Page("papers/arctic-snowcoder-demystifying-high-quality-data-in-code-pretraining/index.html");
        Assert.Equal("▲ 19 upvotes", known.QuerySelector(".facts .upvotes")!.TextContent.Trim());

        var list = site.Page("papers/index.html");
        var items = list.QuerySelectorAll(".paper-item-meta").Select(m => m.TextContent).ToList();
        Assert.Equal(9, items.Count);
        Assert.Equal(5, items.Count(t => !t.Contains('▲')));
    }

    [Fact]
    public void A_paper_whose_capture_shows_no_abstract_says_so_on_its_page_instead_of_showing_an_empty_one()
    {
        using var input = new TempFolder();
        input.Write("site.yml", "title: Known fields\nbase_url: https://example.org\n");
        input.Write("listings/2025-12-08-page.txt", Support.Listings.Page("Dec 8", "A Title Whose Abstract Was Not Saved", Support.Listings.Entry("A Second Paper", "Feb 12")));
        using var site = new SiteBuild(input.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.Sorted()));
        var page = site.Page("papers/a-title-whose-abstract-was-not-saved/index.html");
        Assert.Equal("The abstract of this paper is not known yet.", page.QuerySelector(".abstract p")!.TextContent);
        Assert.Contains("abstract of this paper is not known yet", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }
}
