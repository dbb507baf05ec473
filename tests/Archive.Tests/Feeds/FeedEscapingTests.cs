using System.Net;
using System.Text;
using System.Xml.Linq;
using PaperArchive.Diagnostics;
using PaperArchive.Site;

namespace PaperArchive.Tests.Feeds;

/// <summary>The hostile fixture's titles and abstracts must reach a feed reader as the same inert text.</summary>
public sealed class FeedEscapingTests
{
    private static readonly FeedFiles Hostile = FeedFiles.Build(FeedFiles.HostileInput);
    private static readonly XNamespace Atom = FeedFiles.Atom;

    private const string ScriptTitle = "<script>window.__pwned = 1</script> Script Title";
    private const string CdataAbstract = "Template syntax {{#each papers}}{{/each}} in an abstract, and a CDATA end ]]> and an ampersand & here.";

    [Fact]
    public void Every_hostile_feed_is_well_formed_xml_or_valid_json()
    {
        Assert.NotEmpty(Hostile.FeedPaths());
        foreach (var path in Hostile.Files.Keys)
        {
            if (path.EndsWith(".json", StringComparison.Ordinal))
            {
                using var json = Hostile.Json(path);
                Assert.Equal(5, json.RootElement.GetProperty("items").GetArrayLength());
            }
            else
            {
                Assert.NotNull(Hostile.Xml(path).Root);
            }
        }
    }

    [Fact]
    public void Script_tags_and_cdata_ends_come_back_as_the_same_text_in_atom()
    {
        var entries = Hostile.Xml(SiteUrls.Atom).Root!.Elements(Atom + "entry").ToList();
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value == ScriptTitle);
        Assert.Contains(entries, e => e.Element(Atom + "summary")!.Value == CdataAbstract);
        Assert.Equal("Hostile <Archive> & \"Friends\"", Hostile.Xml(SiteUrls.Atom).Root!.Element(Atom + "title")!.Value);
    }

    [Fact]
    public void Script_tags_and_cdata_ends_come_back_as_the_same_text_in_json_feed()
    {
        using var json = Hostile.Json(SiteUrls.JsonFeed);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("title").GetString() == ScriptTitle);
        Assert.Contains(items, i => i.GetProperty("content_text").GetString() == CdataAbstract && i.GetProperty("summary").GetString() == CdataAbstract);
        Assert.DoesNotContain("<script", Encoding.UTF8.GetString(Hostile.Files[SiteUrls.JsonFeed]), StringComparison.Ordinal);
    }

    [Fact]
    public void Rss_descriptions_are_html_that_shows_the_abstract_as_text_not_markup()
    {
        var items = Hostile.Xml(SiteUrls.Rss).Descendants("item").ToList();
        Assert.Contains(items, i => i.Element("title")!.Value == ScriptTitle);
        var description = items.Single(i => i.Element("title")!.Value.StartsWith("<script>", StringComparison.Ordinal)).Element("description")!.Value;

        // A reader renders the description as HTML: no tag may survive, and decoding must give the abstract back.
        Assert.DoesNotContain('<', description);
        Assert.Equal("An abstract that closes a script </script><script>window.__pwned = 2</script> and goes on.", WebUtility.HtmlDecode(description));
        Assert.Contains(items, i => WebUtility.HtmlDecode(i.Element("description")!.Value) == CdataAbstract);
    }

    [Fact]
    public void No_xml_feed_carries_a_raw_tag_from_the_input()
    {
        foreach (var path in Hostile.Files.Keys.Where(p => !p.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = Hostile.Text(path);
            Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
            Assert.DoesNotContain("]]>", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Control_characters_are_left_out_of_every_feed()
    {
        foreach (var path in Hostile.FeedPaths())
        {
            var text = Hostile.Text(path);
            Assert.DoesNotContain(text, c => c is '\u0001' or '\u000B' or '\u001B');
            Assert.DoesNotContain("\\u0001", text, StringComparison.Ordinal);
            Assert.Contains("Control Characters", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Control_characters_are_reported_by_the_listing_parser_and_not_again_by_the_feeds()
    {
        var parsing = new DiagnosticBag();
        var feeds = FeedFiles.Build(FeedFiles.Load(FeedFiles.HostileInput, diagnostics: parsing));

        Assert.Contains(parsing.Sorted(), d => d.Id == DiagnosticIds.ControlCharacters && d.Location is { Line: 33 });
        Assert.DoesNotContain(feeds.Diagnostics.Sorted(), d => d.Id == DiagnosticIds.FeedControlCharacters);
    }

    [Fact]
    public void A_control_character_that_reaches_the_feeds_is_stripped_with_a_warning_at_the_papers_listing_line()
    {
        var content = FeedFiles.Load(FeedFiles.HostileInput);
        var papers = content.Catalog.Papers.Select((p, i) => i == 0 ? p with { Title = p.Title + "\u0001" } : p).ToList();
        var feeds = FeedFiles.Build(new SiteContent(content.Config, content.Catalog.WithPapers(papers), content.Themes, content.Related));

        var warning = Assert.Single(feeds.Diagnostics.Sorted(), d => d.Id == DiagnosticIds.FeedControlCharacters);
        Assert.Equal(papers[0].Sources[0].Line, warning.Location?.Line);
        Assert.Contains("U+0001", warning.Message, StringComparison.Ordinal);
        Assert.All(feeds.FeedPaths(), path => Assert.DoesNotContain('\u0001', feeds.Text(path)));
    }
}
