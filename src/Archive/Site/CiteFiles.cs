using PaperArchive.Output;

namespace PaperArchive.Site;

/// <summary><c>papers/&lt;slug&gt;/cite.bib</c> for every visible paper: the BibTeX entry its page's "Cite" block shows,
/// for reference managers that import a file.</summary>
public static class CiteFiles
{
    public static IEnumerable<OutputFile> Build(SiteContent content) =>
        content.VisiblePapers.Select(paper => OutputFile.Text(
            SiteUrls.CiteFile(paper.Slug),
            BibTex.Of(paper, SiteUrls.Absolute(content.Config.BaseUrl, SiteUrls.Paper(paper.Slug)))));
}
