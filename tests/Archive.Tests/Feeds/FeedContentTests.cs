using System.Xml.Linq;
using PaperArchive.Classification;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>What goes into a feed: which papers, how many, and what happens without a base URL.</summary>
public sealed class FeedContentTests
{
    [Fact]
    public void Without_a_base_url_the_feeds_are_still_written_with_root_relative_urls_and_one_warning()
    {
        using var input = new TempFolder();
        foreach (var listing in Directory.GetFiles(Path.Combine(FeedFiles.SmallInput, "listings")))
        {
            input.Write($"listings/{Path.GetFileName(listing)}", File.ReadAllText(listing));
        }

        input.Write("site.yml", "title: No Base\n");
        var feeds = FeedFiles.Build(input.Path);

        var warning = Assert.Single(feeds.Diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.FeedBaseUrlMissing, warning.Id);
        Assert.False(warning.IsError);
        Assert.Contains("/papers/", warning.Message, StringComparison.Ordinal);
        Assert.Contains("base_url", warning.Message, StringComparison.Ordinal);
        Assert.Equal(7, feeds.Files.Count);
        Assert.StartsWith("/papers/", feeds.Xml(SiteUrls.Rss).Descendants("item").First().Element("link")!.Value);
        Assert.Equal("/atom.xml", feeds.Xml(SiteUrls.Atom).Root!.Elements(FeedFiles.Atom + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void A_feed_holds_only_as_many_papers_as_site_yml_asks_for_the_newest_first()
    {
        var content = FeedFiles.Load(FeedFiles.SmallInput);
        var two = content.Config with { Feeds = new FeedConfig(2) };
        var feeds = FeedFiles.Build(new SiteContent(two, content.Catalog, content.Themes, content.Related));

        var titles = feeds.Xml(SiteUrls.Rss).Descendants("item").Select(i => i.Element("title")!.Value).ToList();
        Assert.Equal(2, titles.Count);
        Assert.StartsWith("Preference Orchestrator", titles[0], StringComparison.Ordinal);
        // Added on the same day: the later publication comes first.
        Assert.StartsWith("RE-Bench", titles[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Hidden_papers_appear_in_no_feed()
    {
        var content = FeedFiles.Load(FeedFiles.SmallInput);
        var papers = content.Catalog.Papers
            .Select(p => p with { Themes = ["alignment"], Hidden = p.Title.StartsWith("RE-Bench", StringComparison.Ordinal) })
            .ToList();
        var theme = new ResearchTheme("alignment", "Alignment", "Alignment papers.", []);
        var feeds = FeedFiles.Build(FeedFiles.WithTheme(content, theme, papers));

        foreach (var path in feeds.FeedPaths())
        {
            Assert.DoesNotContain("RE-Bench", feeds.Text(path), StringComparison.Ordinal);
            Assert.Contains("Preference Orchestrator", feeds.Text(path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Items_carry_theme_names_as_categories_and_the_arxiv_abstract_when_known()
    {
        var feeds = FeedGoldenTests.BuildSmall();
        var entry = feeds.Xml(SiteUrls.Atom).Root!.Elements(FeedFiles.Atom + "entry")
            .Single(e => e.Element(FeedFiles.Atom + "title")!.Value.StartsWith("RE-Bench", StringComparison.Ordinal));
        var category = Assert.Single(entry.Elements(FeedFiles.Atom + "category"));
        Assert.Equal("alignment", category.Attribute("term")!.Value);
        Assert.Equal("Alignment & values", category.Attribute("label")!.Value);
        Assert.Equal("https://arxiv.org/abs/2411.15114", entry.Elements(FeedFiles.Atom + "link").Single(l => l.Attribute("rel")!.Value == "related").Attribute("href")!.Value);
        Assert.Equal("2024-11-22T00:00:00Z", entry.Element(FeedFiles.Atom + "published")!.Value);
        Assert.Equal("2025-12-08T00:00:00Z", entry.Element(FeedFiles.Atom + "updated")!.Value);

        using var json = feeds.Json(SiteUrls.JsonFeed);
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString()!.StartsWith("RE-Bench", StringComparison.Ordinal));
        Assert.Equal("https://arxiv.org/abs/2411.15114", item.GetProperty("external_url").GetString());
        Assert.Equal(["Alignment & values"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void A_theme_without_visible_papers_still_gets_valid_feeds_dated_like_the_archive()
    {
        var content = FeedFiles.Load(FeedFiles.SmallInput);
        var empty = new ResearchTheme("empty", "Empty", "Nothing yet.", []);
        var feeds = FeedFiles.Build(new SiteContent(content.Config, content.Catalog, [empty], content.Related));

        var atom = feeds.Xml("themes/empty/atom.xml").Root!;
        Assert.Empty(atom.Elements(FeedFiles.Atom + "entry"));
        Assert.Equal("2025-12-10T00:00:00Z", atom.Element(FeedFiles.Atom + "updated")!.Value);
        using var json = feeds.Json("themes/empty/feed.json");
        Assert.Equal(0, json.RootElement.GetProperty("items").GetArrayLength());
    }
}
