using PaperArchive.Catalog;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Input;

namespace PaperArchive.Classification;

/// <summary>
/// Applies the curator's overrides after automatic matching: adds and removes themes (keeping site.yml order),
/// hides papers and attaches notes. Overrides naming an unknown paper or theme are warnings and change nothing.
/// </summary>
internal static class OverrideApplier
{
    public static IReadOnlyList<Paper> Apply(
        IReadOnlyList<Paper> papers, IReadOnlyList<ThemeDefinition> definitions, IReadOnlyList<PaperOverride> overrides,
        DiagnosticBag diagnostics)
    {
        if (overrides.Count == 0)
        {
            return papers;
        }

        var order = definitions.Select((d, i) => (d.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var bySlug = new Dictionary<string, PaperOverride>(StringComparer.Ordinal);
        var known = papers.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var paperOverride in overrides)
        {
            if (!known.Contains(paperOverride.Slug))
            {
                diagnostics.Warning(DiagnosticIds.OverrideUnknownPaper, paperOverride.Location,
                    $"there is no paper with the slug '{paperOverride.Slug}'; name the file after a paper's slug (see 'archive inspect').");
                continue;
            }

            WarnAboutUnknownThemes(paperOverride, order, diagnostics);
            bySlug[paperOverride.Slug] = paperOverride;
        }

        return papers.Select(p => bySlug.TryGetValue(p.Slug, out var o) ? Apply(p, o, order) : p).ToList();
    }

    private static Paper Apply(Paper paper, PaperOverride paperOverride, Dictionary<string, int> order)
    {
        var removed = paperOverride.RemoveThemes.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var themes = paper.Themes
            .Concat(paperOverride.AddThemes.Select(t => t.Slug).Where(order.ContainsKey))
            .Where(slug => !removed.Contains(slug))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(slug => order[slug])
            .ToList();
        return paper with
        {
            Themes = themes,
            Hidden = paperOverride.Hidden ?? paper.Hidden,
            Note = paperOverride.Note ?? paper.Note,
        };
    }

    private static void WarnAboutUnknownThemes(PaperOverride paperOverride, Dictionary<string, int> order, DiagnosticBag diagnostics)
    {
        foreach (var theme in paperOverride.AddThemes.Concat(paperOverride.RemoveThemes).Where(t => !order.ContainsKey(t.Slug)))
        {
            var hint = theme.Slug == ResearchTheme.OtherSlug
                ? "'other' holds the papers no theme matched and cannot be named"
                : $"known themes are: {string.Join(", ", order.Keys)}";
            diagnostics.Warning(DiagnosticIds.OverrideUnknownTheme, theme.Location,
                $"there is no theme '{theme.Slug}' in site.yml, so it is ignored; {hint}.");
        }
    }
}
