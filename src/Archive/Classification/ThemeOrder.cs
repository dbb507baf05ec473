using PaperArchive.Catalog;
using PaperArchive.Text;

namespace PaperArchive.Classification;

/// <summary>The order of papers in a theme: newest added first, then newest published (undated last), then by
/// title and slug, so that the order never depends on input order or threads.</summary>
public static class ThemeOrder
{
    /// <summary>The papers in theme order; each title key is computed once, not once per comparison.</summary>
    public static IReadOnlyList<Paper> Sort(IEnumerable<Paper> papers) =>
        papers
            .Select(p => (Paper: p, Title: TitleKey.Of(p.Title)))
            .OrderByDescending(x => x.Paper.Added)
            .ThenByDescending(x => x.Paper.Published ?? DateOnly.MinValue)
            .ThenBy(x => x.Title, StringComparer.Ordinal)
            .ThenBy(x => x.Paper.Slug, StringComparer.Ordinal)
            .Select(x => x.Paper)
            .ToList();
}
