using PaperArchive.Diagnostics;
using PaperArchive.Site;

namespace PaperArchive.Rendering;

/// <summary>
/// Renders a sample of pages before the build writes anything: the first page of every kind, and one paper
/// page of every shape (with or without a note, arXiv id, dates, authors, related papers, themes). Strict
/// bindings make most template mistakes fail on any page, so the sample finds them while output is untouched.
/// </summary>
public static class ThemeCheck
{
    public static void Run(SiteTheme theme, SiteModel site, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in Sample(site))
        {
            if (reported.Contains(page.Layout))
            {
                continue;
            }

            try
            {
                theme.Render(page);
            }
            catch (TemplateRenderException e)
            {
                reported.Add(page.Layout);
                diagnostics.Error(DiagnosticIds.TemplateRenderError, SourceLocation.Of(e.LayoutFile), $"the template failed to render '{e.PagePath}': {e.Reason}.");
            }
        }
    }

    /// <summary>Pages of one layout differ by where they stand (a theme list shows its feeds, a second page links
    /// back...), so the sample takes the first page of each layout, top folder and depth.</summary>
    private static string KindOf(SitePage page)
    {
        var slash = page.Path.IndexOf('/');
        var folder = slash < 0 ? page.Path : page.Path[..slash];
        return $"{page.Layout} {folder} {page.Path.Count(c => c == '/')}";
    }

    private static IEnumerable<SitePage> Sample(SiteModel site)
    {
        var shapes = site.Papers
            .GroupBy(p => (p.Note is null, p.ArxivId is null, p.Published is null, p.Authors is null, p.Organization is null,
                site.Content.Related.For(p).Count == 0, site.SummaryOf(p).Themes.Count == 0, p.Sources.Count > 1))
            .Select(g => g.First().Slug)
            .ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in SitePages.Enumerate(site))
        {
            if (seen.Add(KindOf(page)) || (page.Layout == Layouts.Paper && shapes.Contains(page.Path["papers/".Length..^1])))
            {
                yield return page;
            }
        }
    }
}
