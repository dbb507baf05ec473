using System.Text;
using PaperArchive.Sitemap;

namespace PaperArchive.Tests.Sitemap;

public sealed class SitemapWriterTests
{
    [Fact]
    public void A_small_site_has_one_sitemap_with_absolute_urls_and_lastmod()
    {
        var file = Assert.Single(SitemapWriter.Write("https://example.org/a", [new SitemapEntry("", new DateOnly(2025, 12, 8)), new SitemapEntry("papers/x/", new DateOnly(2025, 12, 9))]));

        Assert.Equal("sitemap.xml", file.Path);
        var xml = Encoding.UTF8.GetString(file.Content);
        Assert.Contains("<url><loc>https://example.org/a/</loc><lastmod>2025-12-08</lastmod></url>", xml);
        Assert.Contains("<url><loc>https://example.org/a/papers/x/</loc><lastmod>2025-12-09</lastmod></url>", xml);
    }

    [Fact]
    public void A_site_above_the_limit_gets_a_sitemap_index()
    {
        var entries = Enumerable.Range(0, 5).Select(i => new SitemapEntry($"papers/p{i}/", new DateOnly(2025, 1, i + 1))).ToList();

        var files = SitemapWriter.Write("https://example.org", entries, urlsPerFile: 2).ToList();

        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"], files.Select(f => f.Path));
        var index = Encoding.UTF8.GetString(files[^1].Content);
        Assert.Contains("<sitemapindex", index);
        Assert.Contains("<sitemap><loc>https://example.org/sitemap-3.xml</loc><lastmod>2025-01-05</lastmod></sitemap>", index);
    }
}
