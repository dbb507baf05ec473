using System.Text;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Rendering;

/// <summary>
/// Renders the whole site through the theme: the hashed assets, every page, then <c>sitemap.xml</c> and
/// <c>robots.txt</c>. Pages are rendered in parallel in order-preserving batches and yielded as they are done,
/// so the output is identical on every run and a big archive is never held in memory.
/// </summary>
public static class SiteRenderer
{
    private const int BatchSize = 128;

    public static IEnumerable<OutputFile> Render(SiteContent content, SiteTheme theme)
    {
        foreach (var asset in theme.Assets.Files)
        {
            yield return asset;
        }

        var site = SiteModelBuilder.Build(content);
        var sitemap = new List<SitemapEntry>();
        foreach (var batch in SitePages.Enumerate(site).Chunk(BatchSize))
        {
            var rendered = new OutputFile[batch.Length];
            Parallel.For(0, batch.Length, i => rendered[i] = OutputFile.Text(SiteUrls.FileOf(batch[i].Path), theme.Render(batch[i])));
            for (var i = 0; i < batch.Length; i++)
            {
                if (batch[i].InSitemap)
                {
                    sitemap.Add(new SitemapEntry(batch[i].Path, batch[i].LastModified));
                }

                yield return rendered[i];
            }
        }

        foreach (var file in SitemapWriter.Write(content.Config.BaseUrl, sitemap))
        {
            yield return file;
        }

        yield return OutputFile.Text(SiteUrls.Robots, RobotsTxt(content.Config.BaseUrl));
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
}
