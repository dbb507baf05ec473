using System.Xml.Linq;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>Feed readers remember items by id; ids must survive a move of the site, and rebuilds must not change a byte.</summary>
public sealed class FeedStabilityTests
{
    [Fact]
    public void Moving_the_site_to_another_base_url_keeps_every_item_and_feed_id()
    {
        var before = FeedFiles.Build(RepoPaths.ShippedInput, "https://paper-archive.netlify.app");
        var after = FeedFiles.Build(RepoPaths.ShippedInput, "https://papers.example.com/archive");

        Assert.Contains("https://papers.example.com/archive/papers/", after.Text(SiteUrls.Rss));
        foreach (var path in before.FeedPaths())
        {
            Assert.Equal(Ids(before, path), Ids(after, path));
            Assert.NotEmpty(Ids(before, path));
        }
    }

    [Fact]
    public void Two_builds_of_the_same_input_write_byte_identical_feeds()
    {
        var first = FeedFiles.Build(RepoPaths.ShippedInput);
        var second = FeedFiles.Build(RepoPaths.ShippedInput);

        Assert.Equal(first.Files.Keys.Order(StringComparer.Ordinal), second.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second.Files[path]), $"{path} differs between two builds");
        }
    }

    [Fact]
    public void Feed_files_are_utf8_without_a_byte_order_mark_with_unix_line_ends_and_a_final_newline()
    {
        var feeds = FeedFiles.Build(RepoPaths.ShippedInput);
        foreach (var (path, bytes) in feeds.Files)
        {
            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), $"{path} starts with a byte-order mark");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }

    [Fact]
    public void A_paper_keeps_its_id_when_a_newer_paper_joins_the_feed()
    {
        var small = FeedGoldenTests.BuildSmall();
        var content = FeedFiles.Load(FeedFiles.SmallInput);
        var newest = content.Catalog.Papers.MaxBy(p => p.Added)!;
        var withoutNewest = content.Catalog.Papers.Where(p => p != newest).ToList();
        var shorter = FeedFiles.Build(new SiteContent(content.Config, content.Catalog.WithPapers(withoutNewest), content.Themes, content.Related));

        var before = Ids(shorter, SiteUrls.JsonFeed);
        Assert.Equal(2, before.Count);
        Assert.Equal(before, Ids(small, SiteUrls.JsonFeed).Skip(1));
    }

    /// <summary>The ids of a feed's items (for Atom, the feed's own id first).</summary>
    private static List<string> Ids(FeedFiles feeds, string path)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var json = feeds.Json(path);
            return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        }

        var xml = feeds.Xml(path);
        return path.EndsWith(SiteUrls.Atom, StringComparison.Ordinal)
            ? [xml.Root!.Element(FeedFiles.Atom + "id")!.Value, .. xml.Root!.Elements(FeedFiles.Atom + "entry").Select(e => e.Element(FeedFiles.Atom + "id")!.Value)]
            : xml.Descendants("guid").Select(g => g.Value).ToList();
    }
}
