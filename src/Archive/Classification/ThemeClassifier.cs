using PaperArchive.Catalog;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Input;

namespace PaperArchive.Classification;

/// <summary>What classifying hands on: the catalog with each paper's themes, the themes with their papers, and the
/// words read from every paper (in catalog order) for <see cref="RelatedPaperFinder"/>, which reads the same texts.</summary>
public sealed record ClassifiedPapers(PaperCatalog Catalog, IReadOnlyList<ResearchTheme> Themes, PaperWords Words);

/// <summary>
/// Puts papers into the curator's research themes: automatic matching of the site.yml rules, then the curator's
/// overrides, then "Other" for every paper left without a theme. A paper may be in several themes; none is dropped.
/// </summary>
public static class ThemeClassifier
{
    public const string OtherName = "Other";
    public const string OtherDescription = "Papers that none of the archive's research themes matched.";

    public static ClassifiedPapers Classify(PaperCatalog catalog, IReadOnlyList<ThemeDefinition> definitions, DiagnosticBag diagnostics) =>
        Classify(catalog, definitions, [], diagnostics);

    public static ClassifiedPapers Classify(
        PaperCatalog catalog, IReadOnlyList<ThemeDefinition> definitions, IReadOnlyList<PaperOverride> overrides,
        DiagnosticBag diagnostics)
    {
        var matcher = ThemeMatcher.Compile(definitions, diagnostics);
        var words = PaperWords.Read(catalog.Papers);
        var themes = matcher.Match(words);
        var matched = new Paper[catalog.Papers.Count];
        for (var i = 0; i < matched.Length; i++)
        {
            matched[i] = catalog.Papers[i] with { Themes = Array.ConvertAll(themes[i], t => definitions[t].Slug) };
        }

        var papers = OverrideApplier.Apply(matched, definitions, overrides, diagnostics)
            .Select(p => p.Themes.Count == 0 ? p with { Themes = [ResearchTheme.OtherSlug] } : p)
            .ToList();
        return new ClassifiedPapers(catalog.WithPapers(papers), Group(papers, definitions), words);
    }

    /// <summary>One <see cref="ResearchTheme"/> per definition in site.yml order (even when empty), then "Other" when
    /// any paper is in it, each with its papers in <see cref="PaperOrder.Newest"/> order. Hidden papers are left out of
    /// the lists; they keep their theme slugs in the catalog.</summary>
    private static IReadOnlyList<ResearchTheme> Group(IReadOnlyList<Paper> papers, IReadOnlyList<ThemeDefinition> definitions)
    {
        // Sorted once; each theme then keeps the papers of this order that belong to it, and the site shows them so.
        var ordered = papers.Where(p => !p.Hidden).Order(PaperOrder.Newest);
        var members = definitions.Select(_ => new List<Paper>()).ToList();
        var other = new List<Paper>();
        var index = definitions.Select((d, i) => (d.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        foreach (var paper in ordered)
        {
            foreach (var slug in paper.Themes)
            {
                if (index.TryGetValue(slug, out var theme))
                {
                    members[theme].Add(paper);
                }
                else if (slug == ResearchTheme.OtherSlug)
                {
                    other.Add(paper);
                }
            }
        }

        var themes = definitions.Select((d, i) => new ResearchTheme(d.Slug, d.Name, d.Description, members[i])).ToList();
        if (other.Count > 0)
        {
            themes.Add(new ResearchTheme(ResearchTheme.OtherSlug, OtherName, OtherDescription, other, IsOther: true));
        }

        return themes;
    }
}
