using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Browser;

/// <summary>Searching papers whose captures named their authors: a name finds the paper, and the result shows its first authors.</summary>
[Trait("Category", "Slow")]
public sealed class SearchAuthorsTests(CapturedFormsBrowserSite site) : IClassFixture<CapturedFormsBrowserSite>
{
    [BrowserFact]
    public async Task An_authors_name_finds_the_paper_and_the_result_shows_its_first_authors()
    {
        // arXiv 2510.08564 in the real cs.AI listing: Zhen Zhu, Yiming Gong, Yao Xiao, Yaoyao Liu, Derek Hoiem.
        await using var visitor = await SearchVisitor.OpenAsync(site, "hoiem");

        var result = visitor.Results.First;
        Assert.Equal("Zhen Zhu, Yiming Gong, Yao Xiao et al.", await result.Locator(".search-result-authors").TextContentAsync());
        Assert.Empty(visitor.Errors);
    }
}
