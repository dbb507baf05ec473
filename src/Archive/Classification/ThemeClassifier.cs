using PaperArchive.Catalog;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Classification;

/// <summary>Assigns papers to the curator's research themes. (Placeholder: every paper goes to "Other".)</summary>
public static class ThemeClassifier
{
    public static (PaperCatalog Catalog, IReadOnlyList<ResearchTheme> Themes) Classify(
        PaperCatalog catalog, IReadOnlyList<ThemeDefinition> definitions, DiagnosticBag diagnostics)
    {
        var other = new ResearchTheme(ResearchTheme.OtherSlug, "Other", "Papers that no theme matched.", catalog.Papers, IsOther: true);
        return (catalog, [other]);
    }
}
