using PaperArchive.Listings.ArxivListing;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Listings.ArxivListing;

public sealed class ArxivListingReaderTests
{
    private static ArxivListingCapture ReadFixture(string name) =>
        ArxivListingReader.Read(File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", "ArxivListing", name)));

    [Theory]
    [InlineData("cs-ai-recent.md")]
    [InlineData("cs-lg-recent.md")]
    public void Each_numbered_arxiv_line_is_one_entry_announced_on_its_day(string fixture)
    {
        var capture = ReadFixture(fixture);

        Assert.Equal(50, capture.Entries.Count);
        Assert.All(capture.Entries, e => Assert.Equal(new DateOnly(2025, 10, 10), e.Announced));
        Assert.All(capture.Entries, e => Assert.NotNull(e.Title));
        Assert.All(capture.Entries, e => Assert.NotEmpty(e.AuthorNames));
        Assert.Equal(new DateOnly(2025, 10, 10), capture.NewestDay);
    }

    [Fact]
    public void The_title_and_authors_lines_follow_the_entry_line_and_comments_are_not_read()
    {
        var first = ReadFixture("cs-ai-recent.md").Entries[0];

        Assert.Equal("2510.08564", first.ArxivId);
        Assert.Equal("How to Teach Large Multimodal Models New Skills", first.Title);
        Assert.Equal(["Zhen Zhu", "Yiming Gong", "Yao Xiao", "Yaoyao Liu", "Derek Hoiem"], first.AuthorNames);
        Assert.Equal((first.Line + 1, first.Line + 2), (first.TitleLine, first.AuthorsLine));
    }

    [Fact]
    public void Day_links_at_the_top_of_a_recent_page_are_not_headings()
    {
        var capture = ReadFixture("cs-lg-recent.md");

        Assert.Equal(new DateOnly(2025, 10, 10), capture.NewestDay);
        Assert.Equal(22, capture.NewestDayLine);
    }
}
