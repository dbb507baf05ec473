using PaperArchive.Diagnostics;
using PaperArchive.Site;

namespace PaperArchive.Rendering;

/// <summary>
/// Renders a sample of pages before the build writes anything: the first page of every kind, and paper pages with
/// and without each optional part (a note, an arXiv id, dates, authors, related papers, themes). Strict
/// bindings make most template mistakes fail on any page, so the sample finds them while output is untouched.
/// </summary>
public static class TemplateCheck
{
    /// <returns>How many pages of the sample were rendered.</returns>
    /// <remarks>The sample renders on all cores (the build waits for it); a layout's first failure in the sample's
    /// order is the one reported, so the diagnostics are the same on every run.</remarks>
    public static int Run(TemplateSet templates, SiteModel site, DiagnosticBag diagnostics)
    {
        var sample = Sample(site).ToList();
        var failures = new TemplateRenderException?[sample.Count];
        Parallel.For(0, sample.Count, i =>
        {
            try
            {
                templates.Render(sample[i]);
            }
            catch (TemplateRenderException e)
            {
                failures[i] = e;
            }
        });

        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sample.Count; i++)
        {
            if (failures[i] is { } e && reported.Add(sample[i].Layout))
            {
                diagnostics.Error(DiagnosticIds.TemplateRenderError, SourceLocation.Of(e.LayoutFile), $"the template failed to render '{e.PagePath}': {e.Reason}.");
            }
        }

        return sample.Count;
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
        var shapes = PaperShapes(site);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in SitePages.Enumerate(site))
        {
            if (seen.Add(KindOf(page)) || (page.Layout == Layouts.Paper && shapes.Contains(page.Path["papers/".Length..^1])))
            {
                yield return page;
            }
        }
    }

    /// <summary>For each way a paper page can differ (a note or not, an arXiv id or not, ...), a paper of either kind:
    /// at most 24 pages however big the archive. A mistake that shows only in one combination of these is still
    /// reported, by the full render, before anything is written.</summary>
    private static HashSet<string> PaperShapes(SiteModel site)
    {
        Func<Catalog.Paper, bool>[] traits =
        [
            p => p.Note is null,
            p => p.ArxivId is null,
            p => p.Published is null,
            p => p.Authors is null,
            p => p.AuthorNames.Count == 0,
            p => p.AuthorNames.Count > Site.Pages.AuthorList.ShownWhole,
            p => p.Organization is null,
            p => p.Upvotes is null,
            p => p.Abstract is null,
            p => site.Content.Related.For(p).Count == 0,
            p => site.SummaryOf(p).Themes.Count == 0,
            p => p.Sources.Count > 1,
        ];
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var trait in traits)
        {
            foreach (var value in new[] { false, true })
            {
                if (site.Papers.FirstOrDefault(p => trait(p) == value) is { } paper)
                {
                    slugs.Add(paper.Slug);
                }
            }
        }

        return slugs;
    }
}
