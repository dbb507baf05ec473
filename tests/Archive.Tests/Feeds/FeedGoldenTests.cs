using PaperArchive.Classification;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>Every feed file of a three-paper archive with one theme, byte for byte (TestFiles/Feeds/small/).</summary>
public sealed class FeedGoldenTests
{
    private static readonly FeedFiles Small = BuildSmall();

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("atom.xml")]
    [InlineData("feed.json")]
    [InlineData("themes/alignment/feed.xml")]
    [InlineData("themes/alignment/atom.xml")]
    [InlineData("themes/alignment/feed.json")]
    [InlineData("feeds.opml")]
    public void A_small_archive_writes_the_expected_feed(string path) =>
        GoldenFile.AssertMatches($"Feeds/small/{path}", Small.Text(path));

    [Fact]
    public void The_small_archive_writes_exactly_the_archive_and_theme_feeds_and_the_opml()
    {
        string[] expected =
        [
            "atom.xml", "feed.json", "feed.xml", "feeds.opml",
            "themes/alignment/atom.xml", "themes/alignment/feed.json", "themes/alignment/feed.xml",
        ];
        Assert.Equal(expected, Small.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(Small.Diagnostics.Sorted());
    }

    /// <summary>Themes and arXiv ids are set here, not by the classifier, so the golden files pin the feeds alone.</summary>
    internal static FeedFiles BuildSmall()
    {
        var content = FeedFiles.Load(FeedFiles.SmallInput);
        var papers = content.Catalog.Papers
            .Select(p => p.Title.StartsWith("Few-Shot", StringComparison.Ordinal) ? p : p with { Themes = ["alignment"] })
            .Select(p => p.Title.StartsWith("RE-Bench", StringComparison.Ordinal) ? p with { ArxivId = "2411.15114" } : p)
            .ToList();
        var theme = new ResearchTheme("alignment", "Alignment & values", "Papers on aligning models with what people value.", []);
        return FeedFiles.Build(FeedFiles.WithTheme(content, theme, papers));
    }
}
