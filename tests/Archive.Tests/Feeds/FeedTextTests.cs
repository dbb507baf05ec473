using PaperArchive.Feeds;

namespace PaperArchive.Tests.Feeds;

public sealed class FeedTextTests
{
    [Fact]
    public void Rss_dates_are_rfc_822_with_the_weekday_and_a_numeric_zone() =>
        Assert.Equal("Mon, 08 Dec 2025 00:00:00 +0000", FeedDates.Rfc822(new DateOnly(2025, 12, 8)));

    [Fact]
    public void Atom_and_json_feed_dates_are_rfc_3339_in_utc() =>
        Assert.Equal("2025-12-08T00:00:00Z", FeedDates.Rfc3339(new DateOnly(2025, 12, 8)));

    [Fact]
    public void Characters_xml_forbids_are_removed_and_named_but_tabs_newlines_and_emoji_stay()
    {
        var (text, removed) = XmlSafeText.Strip("a\u0001b\tc\nd\uFFFEe\uD800f 😀");
        Assert.Equal("ab\tc\ndef 😀", text);
        Assert.Equal(["U+0001", "U+FFFE", "U+D800"], removed);
    }

    [Fact]
    public void Html_encoding_escapes_markup_and_keeps_other_text() =>
        Assert.Equal("a &lt;b&gt; &amp;amp; é \"q\"", HtmlText.Encode("a <b> &amp; é \"q\""));
}
