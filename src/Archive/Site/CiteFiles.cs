using PaperArchive.Output;

namespace PaperArchive.Site;

/// <summary><c>papers/&lt;slug&gt;/cite.bib</c> for every visible paper: the BibTeX entry its page's "Cite" block shows,
/// for reference managers that import a file. Made with the paper's page (<c>Rendering/SiteRenderer</c>), so a kept page
/// keeps its file too.</summary>
public static class CiteFiles
{
    /// <summary>The file of one paper; <paramref name="baseUrl"/> is the site's.</summary>
    public static OutputFile Of(Catalog.Paper paper, string baseUrl) => OutputFile.Text(
        SiteUrls.CiteFile(paper.Slug),
        BibTex.Of(paper, SiteUrls.Absolute(baseUrl, SiteUrls.Paper(paper.Slug))));
}
