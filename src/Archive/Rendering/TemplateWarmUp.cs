using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Configuration;
using PaperArchive.Site;

namespace PaperArchive.Rendering;

/// <summary>
/// Renders one page of each layout of a tiny made-up site and throws the pages away. The first render of a template
/// is slow: .NET compiles the code Handlebars generated for it (about 0.2 s for all the layouts). A build does this on
/// the thread that compiled the templates, while the input is still being read on the other, so the real pages start
/// with code that is ready. A template error here is ignored: the template check reports it with the real content.
/// </summary>
internal static class TemplateWarmUp
{
    /// <returns>How many layouts rendered without an error.</returns>
    public static int Run(TemplateSet templates)
    {
        var site = SiteModelBuilder.Build(MadeUpContent());
        var layouts = new HashSet<string>(StringComparer.Ordinal);
        var pages = SitePages.Enumerate(site).Where(p => layouts.Add(p.Layout)).ToList();

        // Each layout's code is compiled on its first render, so the layouts warm up on all cores: the build is
        // usually waiting for them by then.
        var rendered = 0;
        Parallel.ForEach(pages, page =>
        {
            try
            {
                templates.Render(page);
                Interlocked.Increment(ref rendered);
            }
            catch (TemplateRenderException)
            {
                // Reported by TemplateCheck, with the site's own pages.
            }
        });

        return rendered;
    }

    /// <summary>Two papers with every optional part between them, in one theme, related to each other.</summary>
    private static SiteContent MadeUpContent()
    {
        var full = new Paper
        {
            Id = "000000000001",
            Slug = "warm-up-paper",
            Title = "A Paper to Warm Up the Templates",
            Abstract = "A paper with *every* part a page can show.",
            Authors = 3,
            Organization = "An Organisation",
            Published = new DateOnly(2025, 1, 2),
            Added = new DateOnly(2025, 1, 3),
            Upvotes = 7,
            Themes = ["warm-up"],
            Sources = [new PaperSource("2025-01-03-warm-up.txt", 1)],
            Note = "A curator's note.",
            ArxivId = "2501.00001",
        };
        var bare = new Paper
        {
            Id = "000000000002",
            Slug = "bare-paper",
            Title = "A Bare Paper",
            Abstract = "A paper with no optional part.",
            Added = new DateOnly(2025, 1, 3),
            Themes = ["warm-up"],
            Sources = [new PaperSource("2025-01-03-warm-up.txt", 5)],
        };
        var related = new Dictionary<string, IReadOnlyList<Paper>> { [full.Id] = [bare], [bare.Id] = [full] };
        return new SiteContent(
            SiteConfig.Default with { BaseUrl = "https://warm-up.example" },
            new PaperCatalog([bare, full], []),
            [new ResearchTheme("warm-up", "Warm-up", "A theme.", [bare, full])],
            new RelatedPapers(related));
    }
}
