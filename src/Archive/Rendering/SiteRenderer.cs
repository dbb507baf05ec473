using System.Collections.Concurrent;
using PaperArchive.Caching;
using PaperArchive.Output;
using PaperArchive.Site;
using PaperArchive.Site.Pages;

namespace PaperArchive.Rendering;

/// <summary>
/// Renders every page of the site model through the theme. Pages are rendered in parallel in order-preserving batches
/// and yielded as they are done, so the output is identical on every run and a big archive is never held in memory.
/// With a <see cref="BuildCache"/>, a page whose <see cref="PageFingerprint"/> is the same as at the last build is not
/// built again: it is yielded as <see cref="OutputFile.Kept"/>.
/// </summary>
public static class SiteRenderer
{
    private const int BatchSize = 256;

    public static IEnumerable<OutputFile> Render(SiteModel site, SiteTheme theme, BuildCache? cache = null)
    {
        var pages = new PageMaker(theme, cache, PageFingerprint.Context(theme.Fingerprint, site.Info, Layouts.Paper));

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

    /// <summary>Makes the files of a batch of pages on all cores, keeping those the cache says are current.</summary>
    private sealed class PageMaker(SiteTheme theme, BuildCache? cache, UInt128 context)
    {
        private readonly ConcurrentDictionary<PaperSummary, UInt128> _summaries = new(ReferenceEqualityComparer.Instance);

        public OutputFile[] Make(SitePage[] batch)
        {
            var files = new OutputFile[batch.Length];
            Parallel.For(0, batch.Length, i => files[i] = Make(batch[i]));
            return files;
        }

        private OutputFile Make(SitePage page)
        {
            var file = SiteUrls.FileOf(page.Path);
            if (cache is null || page.Source is not { } source)
            {
                return OutputFile.Text(file, theme.Render(page));
            }

            var fingerprint = PageFingerprint.Of(context, source(), _summaries);
            if (cache.TryReuse(file, fingerprint) is not null)
            {
                return OutputFile.Kept(file);
            }

            var rendered = OutputFile.Text(file, theme.Render(page));
            cache.Remember(file, fingerprint, [file]);
            return rendered;
        }
    }
}
