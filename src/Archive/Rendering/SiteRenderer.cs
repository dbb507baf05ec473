using PaperArchive.Caching;
using PaperArchive.Output;
using PaperArchive.Site;
using PaperArchive.Site.Pages;

namespace PaperArchive.Rendering;

/// <summary>
/// Renders every page of the site model through the templates. Pages are rendered in parallel in order-preserving batches
/// and yielded as they are done, so the output is identical on every run and a big archive is never held in memory.
/// Every page is a <see cref="WorkUnit"/>: its <see cref="StageCache"/> keeps the file of the last build when nothing
/// the page is made from changed (<see cref="PageFingerprints"/>). A paper's unit also makes its <c>cite.bib</c>
/// (<see cref="CiteFiles"/>) from the text of the page's "Cite" block.
/// </summary>
public static class SiteRenderer
{
    private const int BatchSize = 256;

    /// <param name="cache">Keeps paper pages (and their <c>cite.bib</c>).</param>
    /// <param name="otherPages">Keeps every other page: lists, indexes, the home page.</param>
    public static IEnumerable<OutputFile> Render(SiteModel site, TemplateSet templates, StageCache? cache = null, StageCache? otherPages = null)
    {
        var pages = new PageMaker(templates, cache ?? StageCache.None, otherPages ?? StageCache.None, new PageFingerprints(templates.Fingerprint, site.Info, Layouts.Paper));

        // The next batch renders (on both cores) while the caller writes the previous one.
        Task<OutputFile[]>? pending = null;
        foreach (var batch in SitePages.Enumerate(site).Chunk(BatchSize))
        {
            var next = Task.Run(() => pages.Make(batch));
            if (pending is not null)
            {
                // GetResult rethrows a template error itself rather than wrapped in an AggregateException.
                foreach (var file in pending.GetAwaiter().GetResult())
                {
                    yield return file;
                }
            }

            pending = next;
        }

        if (pending is not null)
        {
            foreach (var file in pending.GetAwaiter().GetResult())
            {
                yield return file;
            }
        }
    }

    /// <summary>Makes the files of a batch of pages on all cores: one file a page, two for a paper's.</summary>
    private sealed class PageMaker(TemplateSet templates, StageCache cache, StageCache otherPages, PageFingerprints fingerprints)
    {
        public OutputFile[] Make(SitePage[] batch)
        {
            var files = new IReadOnlyList<OutputFile>[batch.Length];
            Parallel.For(0, batch.Length, i => files[i] = Make(batch[i]));
            return files.SelectMany(f => f).ToArray();
        }

        private IReadOnlyList<OutputFile> Make(SitePage page)
        {
            var file = SiteUrls.FileOf(page.Path);
            if (page.Inputs is not { } inputs)
            {
                // The model is made once, for the fingerprint and, when the page changed, for the template.
                var model = page.Model();
                var made = page with { Model = () => model };
                return otherPages.ReuseOrMake(new WorkUnit(
                    file,
                    () => fingerprints.OfModel(page.Layout, model),
                    () => UnitFiles.Of(new OutputFile(file, templates.Render(made))))).Files;
            }

            var unit = new WorkUnit(file, () => fingerprints.Of(inputs()), () =>
            {
                // The page's "Cite" block is the cite.bib file's text: made once, for both.
                var model = (PaperPage)page.Model();
                var html = templates.Render(page with { Model = () => model });
                return new UnitFiles([new OutputFile(file, html), CiteFiles.Of(model.Cite)], []);
            });
            return cache.ReuseOrMake(unit).Files;
        }
    }
}
