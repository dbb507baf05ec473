using PaperArchive.Caching;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Rendering;

/// <summary>
/// Renders every page of the site model through the templates. Pages are rendered in parallel in order-preserving batches
/// and yielded as they are done, so the output is identical on every run and a big archive is never held in memory.
/// A paper's page is a <see cref="WorkUnit"/>: its <see cref="StageCache"/> keeps the file of the last build when
/// nothing the page is made from changed (<see cref="PageFingerprints"/>).
/// </summary>
public static class SiteRenderer
{
    private const int BatchSize = 256;

    public static IEnumerable<OutputFile> Render(SiteModel site, TemplateSet templates, StageCache? cache = null)
    {
        var pages = new PageMaker(templates, cache ?? StageCache.None, new PageFingerprints(templates.Fingerprint, site.Info, Layouts.Paper));

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

    /// <summary>Makes the files of a batch of pages on all cores, one file a page.</summary>
    private sealed class PageMaker(TemplateSet templates, StageCache cache, PageFingerprints fingerprints)
    {
        public OutputFile[] Make(SitePage[] batch)
        {
            var files = new OutputFile[batch.Length];
            Parallel.For(0, batch.Length, i => files[i] = Make(batch[i]));
            return files;
        }

        private OutputFile Make(SitePage page)
        {
            var file = SiteUrls.FileOf(page.Path);
            if (page.Inputs is not { } inputs)
            {
                return new OutputFile(file, templates.Render(page));
            }

            var unit = new WorkUnit(file, () => fingerprints.Of(inputs()), () => UnitFiles.Of(new OutputFile(file, templates.Render(page))));
            return cache.ReuseOrMake(unit).Files.Single();
        }
    }
}
