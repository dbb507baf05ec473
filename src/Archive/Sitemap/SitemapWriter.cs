using System.Security;
using System.Text;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Sitemap;

/// <summary>A page for the sitemap: its path and the date its content last changed (from the data, never the clock).</summary>
internal sealed record SitemapEntry(string Path, DateOnly LastModified);

/// <summary>
/// Writes <c>sitemap.xml</c> with absolute URLs. The sitemap protocol allows 50,000 URLs per file, so a bigger
/// site gets <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>… and <c>sitemap.xml</c> becomes their index.
/// </summary>
internal static class SitemapWriter
{
    public const int UrlsPerFile = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEnumerable<OutputFile> Write(string baseUrl, IReadOnlyList<SitemapEntry> entries, int urlsPerFile = UrlsPerFile)
    {
        if (entries.Count <= urlsPerFile)
        {
            yield return OutputFile.Text(SiteUrls.Sitemap, UrlSet(baseUrl, entries));
            yield break;
        }

        var index = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"{Namespace}\">\n");
        var number = 0;
        foreach (var chunk in entries.Chunk(urlsPerFile))
        {
            var path = $"sitemap-{++number}.xml";
            yield return OutputFile.Text(path, UrlSet(baseUrl, chunk));
            index.Append("  <sitemap><loc>").Append(Escape(SiteUrls.Absolute(baseUrl, path))).Append("</loc><lastmod>")
                .Append(DateText.Iso(chunk.Max(e => e.LastModified))).Append("</lastmod></sitemap>\n");
        }

        index.Append("</sitemapindex>\n");
        yield return OutputFile.Text(SiteUrls.Sitemap, index.ToString());
    }

    private static string UrlSet(string baseUrl, IEnumerable<SitemapEntry> entries)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"{Namespace}\">\n");
        foreach (var entry in entries)
        {
            xml.Append("  <url><loc>").Append(Escape(SiteUrls.Absolute(baseUrl, entry.Path))).Append("</loc><lastmod>")
                .Append(DateText.Iso(entry.LastModified)).Append("</lastmod></url>\n");
        }

        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
