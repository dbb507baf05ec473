using PaperArchive.Listings.GitHubDigest;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Listings.GitHubDigest;

public sealed class DigestReaderTests
{
    private static DigestCapture ReadFixture(string name) =>
        DigestReader.Read(File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", "GitHubDigest", name)));

    [Fact]
    public void Every_numbered_block_is_one_card_and_nothing_else_is()
    {
        var capture = ReadFixture("trending-seven-papers.md");

        Assert.Equal(Enumerable.Range(1, 7), capture.Cards.Select(c => c.Number));
        Assert.Equal(
            ["2512.21218", "2512.20605", "2512.15716", "2512.19995", "2512.19949", "2512.19680", "2512.13043"],
            capture.Cards.Select(c => c.ArxivId));
        Assert.Equal("VA-π: Variational Policy Alignment for Pixel-Aware Autoregressive Generation", capture.Cards[5].Title);
    }

    [Fact]
    public void The_last_updated_line_is_the_day_of_the_digest()
    {
        Assert.Equal(new DateOnly(2026, 4, 21), ReadFixture("trending-three-papers.md").LastUpdated);
        Assert.Equal(new DateOnly(2025, 12, 27), ReadFixture("trending-seven-papers.md").LastUpdated);
    }

    [Fact]
    public void An_authors_line_gives_the_names_it_shows_and_a_block_without_one_gives_none()
    {
        var cards = ReadFixture("trending-three-papers.md").Cards;

        Assert.Empty(cards[0].AuthorNames);
        Assert.Equal(["Prashant C. Raju"], cards[1].AuthorNames);
        Assert.Equal(["Tianyi Zhou", "Soheil Feizi", "Yize Cheng", "Chenrui Fan", "Ming Li"], ReadFixture("trending-seven-papers.md").Cards[3].AuthorNames);
    }

    [Fact]
    public void A_quote_cut_with_dots_and_a_placeholder_quote_are_told_apart_from_whole_text()
    {
        var cards = ReadFixture("trending-seven-papers.md").Cards;

        Assert.False(cards[0].Quote!.IsCut);
        Assert.StartsWith("TL;DR: We introduce a new method", cards[0].Quote!.Text);
        Assert.True(cards[2].Quote!.IsCut);
        Assert.True(cards[6].Quote!.IsPlaceholder);
    }

    [Fact]
    public void A_card_knows_the_line_of_its_summary()
    {
        var text = File.ReadAllLines(Path.Combine(RepoPaths.TestFiles, "Listings", "GitHubDigest", "trending-three-papers.md"));
        var card = ReadFixture("trending-three-papers.md").Cards[0];

        Assert.StartsWith("<summary><b>1. Stratagem", text[card.Line - 1]);
        Assert.StartsWith("> Happy to share", text[card.Quote!.Line - 1]);
    }

    [Fact]
    public void A_code_sample_that_lost_its_closing_fence_does_not_hide_the_blocks_after_it()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.TestFiles, "Listings", "GitHubDigest", "trending-seven-papers.md")).ToList();
        var fence = lines.FindIndex(l => l == "getTodaysPapers();") + 1;
        Assert.Equal("```", lines[fence]);
        lines.RemoveAt(fence);

        var capture = DigestReader.Read(string.Join('\n', lines));

        Assert.Equal(7, capture.Cards.Count);
        Assert.Equal("Latent Implicit Visual Reasoning", capture.Cards[0].Title);
        Assert.StartsWith("<summary><b>1. Latent", lines[capture.Cards[0].Line - 1]);
    }
}
