using PaperArchive.Output;
using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary><c>papers/&lt;slug&gt;/cite.bib</c> for every visible paper: the BibTeX entry its page's "Cite" block shows,
/// for reference managers that import a file. Made with the paper's page (<c>Rendering/SiteRenderer</c>), so a kept page
/// keeps its file too.</summary>
public static class CiteFiles
{
    /// <summary>The file of one paper: the BibTeX its page's "Cite" block shows, at the path the block links to.</summary>
    public static OutputFile Of(Citation cite) => OutputFile.Text(cite.Path, cite.BibTex);
}
