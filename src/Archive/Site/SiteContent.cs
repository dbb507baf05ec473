using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Configuration;

namespace PaperArchive.Site;

/// <summary>Everything the output stages (pages, search index, feeds) render from. Immutable and shared between them.</summary>
public sealed record SiteContent(
    SiteConfig Config,
    PaperCatalog Catalog,
    IReadOnlyList<ResearchTheme> Themes,
    RelatedPapers Related)
{
    /// <summary>The papers shown on the site (not hidden by an override), in catalog order.</summary>
    public IReadOnlyList<Paper> VisiblePapers { get; } = Catalog.Papers.Where(p => !p.Hidden).ToList();
}
