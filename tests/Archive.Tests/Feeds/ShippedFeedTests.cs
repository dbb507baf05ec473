using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperArchive.Catalog;
using PaperArchive.Site;

namespace PaperArchive.Tests.Feeds;

/// <summary>Reads every feed of a real build of the shipped input as a feed reader would and checks what the specifications require.</summary>
public sealed partial class ShippedFeedTests(ShippedBuildFixture build) : IClassFixture<ShippedBuildFixture>
{
    private static readonly XNamespace Atom = FeedFiles.Atom;

    [Fact]
    public void The_build_writes_all_three_feeds_for_the_archive_and_every_theme_and_the_opml()
    {
        Assert.NotNull(build.Result.Written);
        Assert.True(File.Exists(build.PathOf(SiteUrls.Opml)));
        foreach (var folder in build.FeedFolders())
        {
            foreach (var file in new[] { SiteUrls.Rss, SiteUrls.Atom, SiteUrls.JsonFeed })
            {
                Assert.True(File.Exists(build.PathOf(SiteUrls.Feed(folder, file))), $"{folder}{file} is missing");
            }
        }
    }

    [Fact]
    public void The_build_reports_as_many_feeds_as_it_wrote()
    {
        var written = Directory.EnumerateFiles(build.PathOf(string.Empty), "*", SearchOption.AllDirectories)
            .Count(f => Path.GetFileName(f) is SiteUrls.Rss or SiteUrls.Atom or SiteUrls.JsonFeed);

        Assert.Equal(written, build.Result.Feeds);
    }

    [Fact]
    public void Rss_feeds_have_the_required_elements_and_rfc_822_dates_with_a_numeric_zone()
    {
        foreach (var folder in build.FeedFolders())
        {
            var rss = XDocument.Load(build.PathOf(SiteUrls.Feed(folder, SiteUrls.Rss)));
            Assert.Equal("2.0", rss.Root!.Attribute("version")?.Value);
            var channel = Assert.Single(rss.Root.Elements("channel"));
            foreach (var required in new[] { "title", "link", "description", "lastBuildDate" })
            {
                Assert.Single(channel.Elements(required));
            }

            var self = Assert.Single(channel.Elements(Atom + "link"));
            Assert.Equal("self", self.Attribute("rel")?.Value);
            Assert.EndsWith(SiteUrls.Feed(folder, SiteUrls.Rss), self.Attribute("href")?.Value);
            AssertRfc822(channel.Element("lastBuildDate")!.Value);
            foreach (var item in channel.Elements("item"))
            {
                Assert.NotEmpty(item.Element("title")!.Value);
                Assert.StartsWith("https://paper-archive.netlify.app/papers/", item.Element("link")!.Value);
                Assert.Equal("false", item.Element("guid")!.Attribute("isPermaLink")?.Value);
                Assert.NotEmpty(item.Element("description")!.Value);
                AssertRfc822(item.Element("pubDate")!.Value);
            }
        }
    }

    [Fact]
    public void Atom_feeds_have_exactly_one_id_title_updated_and_author_and_rfc_3339_dates()
    {
        foreach (var folder in build.FeedFolders())
        {
            var feed = XDocument.Load(build.PathOf(SiteUrls.Feed(folder, SiteUrls.Atom))).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            foreach (var required in new[] { "id", "title", "updated", "author" })
            {
                Assert.Single(feed.Elements(Atom + required));
            }

            Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
            Assert.Single(feed.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "self");
            Assert.Single(feed.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "alternate");
            AssertRfc3339(feed.Element(Atom + "updated")!.Value);
            foreach (var entry in feed.Elements(Atom + "entry"))
            {
                Assert.Single(entry.Elements(Atom + "id"));
                Assert.Single(entry.Elements(Atom + "title"));
                Assert.Single(entry.Elements(Atom + "updated"));
                Assert.Single(entry.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "alternate");
                AssertRfc3339(entry.Element(Atom + "updated")!.Value);
                if (entry.Element(Atom + "published") is { } published)
                {
                    AssertRfc3339(published.Value);
                }
            }
        }
    }

    [Fact]
    public void Json_feeds_are_version_1_1_with_the_required_members()
    {
        foreach (var folder in build.FeedFolders())
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(build.PathOf(SiteUrls.Feed(folder, SiteUrls.JsonFeed))));
            var feed = json.RootElement;
            Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
            Assert.NotEmpty(feed.GetProperty("title").GetString()!);
            Assert.Equal($"https://paper-archive.netlify.app/{folder}", feed.GetProperty("home_page_url").GetString());
            Assert.Equal($"https://paper-archive.netlify.app/{folder}feed.json", feed.GetProperty("feed_url").GetString());
            Assert.Equal("en", feed.GetProperty("language").GetString());
            Assert.NotEmpty(feed.GetProperty("authors")[0].GetProperty("name").GetString()!);
            foreach (var item in feed.GetProperty("items").EnumerateArray())
            {
                Assert.NotEmpty(item.GetProperty("id").GetString()!);
                Assert.StartsWith("https://paper-archive.netlify.app/papers/", item.GetProperty("url").GetString());
                Assert.NotEmpty(item.GetProperty("content_text").GetString()!);
                AssertRfc3339(item.GetProperty("date_published").GetString()!);
            }
        }
    }

    [Fact]
    public void Every_feed_holds_the_newest_papers_first_with_unique_ids_up_to_the_configured_count()
    {
        var themes = build.Content.Themes.ToDictionary(t => SiteUrls.Theme(t.Slug), t => t.Papers.Where(p => !p.Hidden).ToList());
        themes[SiteUrls.Home] = build.Content.VisiblePapers.ToList();
        foreach (var (folder, papers) in themes)
        {
            var expected = NewestFirst(papers).Take(build.Content.Config.Feeds.Items).Select(p => $"urn:paper-archive:paper:{p.Id}").ToList();
            Assert.Equal(Math.Min(build.Content.Config.Feeds.Items, papers.Count), expected.Count);

            var rss = XDocument.Load(build.PathOf(SiteUrls.Feed(folder, SiteUrls.Rss)));
            var atom = XDocument.Load(build.PathOf(SiteUrls.Feed(folder, SiteUrls.Atom)));
            using var json = JsonDocument.Parse(File.ReadAllBytes(build.PathOf(SiteUrls.Feed(folder, SiteUrls.JsonFeed))));
            Assert.Equal(expected, rss.Descendants("guid").Select(g => g.Value));
            Assert.Equal(expected, atom.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
            Assert.Equal(expected, json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
            Assert.Equal(expected.Count, expected.Distinct().Count());
        }
    }

    [Fact]
    public void The_feed_date_is_the_newest_paper_s_date_not_the_clock()
    {
        var newest = build.Content.VisiblePapers.Max(p => p.Added);
        var rss = XDocument.Load(build.PathOf(SiteUrls.Rss));
        var atom = XDocument.Load(build.PathOf(SiteUrls.Atom));
        Assert.Equal(newest.ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture) + " 00:00:00 +0000", rss.Descendants("lastBuildDate").Single().Value);
        Assert.Equal(newest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z", atom.Root!.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void The_opml_lists_the_rss_feed_of_the_archive_and_of_every_theme()
    {
        var opml = XDocument.Load(build.PathOf(SiteUrls.Opml)).Root!;
        Assert.Equal("2.0", opml.Attribute("version")?.Value);
        Assert.NotEmpty(opml.Element("head")!.Element("title")!.Value);
        var outlines = opml.Element("body")!.Elements("outline").ToList();
        var expected = build.FeedFolders().Select(f => $"https://paper-archive.netlify.app/{f}feed.xml");
        Assert.Equal(expected, outlines.Select(o => o.Attribute("xmlUrl")?.Value));
        Assert.All(outlines, o =>
        {
            Assert.Equal("rss", o.Attribute("type")?.Value);
            Assert.NotEmpty(o.Attribute("text")!.Value);
        });
    }

    /// <summary>The feed order, computed independently of the code under test: a full sort.</summary>
    private static IEnumerable<Paper> NewestFirst(IEnumerable<Paper> papers) =>
        papers.OrderByDescending(p => p.Added)
            .ThenByDescending(p => p.Published ?? DateOnly.MinValue)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal);

    private static void AssertRfc822(string value)
    {
        Assert.Matches(Rfc822Pattern(), value);
        // ParseExact also rejects a weekday that does not match the date.
        var local = DateTime.ParseExact(value[..^6], "ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.True(local.Year >= 2000);
    }

    private static void AssertRfc3339(string value)
    {
        Assert.Matches(Rfc3339Pattern(), value);
        Assert.True(DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _), value);
    }

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")]
    private static partial Regex Rfc822Pattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339Pattern();
}
