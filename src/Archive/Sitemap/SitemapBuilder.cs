using System.Text;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Sitemap;

/// <summary>
/// What crawlers read besides the pages: <c>sitemap.xml</c> with every page but the 404 page and the date its content
/// last changed (<see cref="SitemapWriter"/>), and <c>robots.txt</c>, which allows everything and points to the
/// sitemap. Made from the site model alone: the page list, not the rendered pages.
/// </summary>
public static class SitemapBuilder
{
    public static IEnumerable<OutputFile> Build(SiteModel site)
    {
        var baseUrl = site.Content.Config.BaseUrl;
        var entries = SitePages.Enumerate(site).Where(p => p.InSitemap).Select(p => new SitemapEntry(p.Path, p.LastModified)).ToList();
        foreach (var file in SitemapWriter.Write(baseUrl, entries))
        {
            yield return file;
        }

        yield return OutputFile.Text(SiteUrls.Robots, RobotsTxt(baseUrl));
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
