using System.Collections.Concurrent;
using System.Text;
using PaperArchive.Caching;
using PaperArchive.Output;
using PaperArchive.Site;
using PaperArchive.Site.Pages;

namespace PaperArchive.Rendering;

/// <summary>
/// Renders the whole site through the theme: the hashed assets, every page, then <c>sitemap.xml</c> and
/// <c>robots.txt</c>. Pages are rendered in parallel in order-preserving batches and yielded as they are done,
/// so the output is identical on every run and a big archive is never held in memory. With a
/// <see cref="BuildCache"/>, a page whose <see cref="PageFingerprint"/> is the same as at the last build is not
/// built again: it is yielded as <see cref="OutputFile.Kept"/>.
/// </summary>
public static class SiteRenderer
{
    private const int BatchSize = 256;

    public static IEnumerable<OutputFile> Render(SiteContent content, SiteTheme theme, BuildCache? cache = null)
    {
        foreach (var asset in theme.Assets.Files)
        {
            yield return asset;
        }

        var site = theme.ModelOf(content);
        var pages = new PageMaker(theme, cache, PageFingerprint.Context(theme.Fingerprint, site.Info, Layouts.Paper));
        var sitemap = new List<SitemapEntry>();

        // The next batch renders (on both cores) while the caller writes the previous one.
        (SitePage[] Pages, Task<OutputFile[]> Files)? pending = null;
        foreach (var batch in SitePages.Enumerate(site).Chunk(BatchSize))
        {
            var next = (batch, Task.Run(() => pages.Make(batch)));
            if (pending is { } done)
            {
                foreach (var file in Collect(done, sitemap))
                {
                    yield return file;
                }
            }

            pending = next;
        }

        if (pending is { } last)
        {
            foreach (var file in Collect(last, sitemap))
            {
                yield return file;
            }
        }

        foreach (var file in SitemapWriter.Write(content.Config.BaseUrl, sitemap))
        {
            yield return file;
        }

        yield return OutputFile.Text(SiteUrls.Robots, RobotsTxt(content.Config.BaseUrl));
    }

    private static OutputFile[] Collect((SitePage[] Pages, Task<OutputFile[]> Files) batch, List<SitemapEntry> sitemap)
    {
        // GetResult rethrows a template error itself rather than wrapped in an AggregateException.
        var files = batch.Files.GetAwaiter().GetResult();
        sitemap.AddRange(batch.Pages.Where(p => p.InSitemap).Select(p => new SitemapEntry(p.Path, p.LastModified)));
        return files;
    }

    private static string RobotsTxt(string baseUrl)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (baseUrl.Length > 0)
        {
            // The Sitemap line must be an absolute URL; without a base URL crawlers find sitemap.xml by convention.
            text.Append("\nSitemap: ").Append(SiteUrls.Absolute(baseUrl, SiteUrls.Sitemap)).Append('\n');
        }

        return text.ToString();
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
