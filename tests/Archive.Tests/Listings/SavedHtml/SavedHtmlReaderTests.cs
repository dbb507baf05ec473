using PaperArchive.Listings.SavedHtml;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Listings.SavedHtml;

public sealed class SavedHtmlReaderTests
{
    private static string Fixture => File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", "SavedHtml", "daily-2024-08-01.html"));

    [Fact]
    public void Each_paper_card_is_read_once_with_its_title_link_upvotes_and_author_count()
    {
        var capture = SavedHtmlReader.Read(Fixture);

        Assert.Equal(13, capture.Cards.Count);
        var llama = capture.Cards[0];
        Assert.Equal(("The Llama 3 Herd of Models", "2407.21783", 94, 533), (llama.Title, llama.ArxivId, llama.Upvotes, llama.AuthorCount));
        Assert.Equal(["2407.21783", "2407.21705", "2407.21770", "2407.21646"], capture.Cards.Take(4).Select(c => c.ArxivId));
    }

    [Fact]
    public void The_date_heading_is_the_day_the_page_lists()
    {
        Assert.Equal(new DateOnly(2024, 8, 1), SavedHtmlReader.Read(Fixture).PageDay);
    }

    [Fact]
    public void The_papers_the_page_was_rendered_from_give_each_card_its_abstract_names_and_date()
    {
        var tora = SavedHtmlReader.Read(Fixture).Cards[1];

        Assert.Equal("Tora: Trajectory-oriented Diffusion Transformer for Video Generation", tora.Title);
        Assert.Equal(5, tora.AuthorNames.Count);
        Assert.Equal(tora.AuthorCount, tora.AuthorNames.Count);
        Assert.Equal(new DateOnly(2024, 7, 31), tora.Published);
        Assert.False(string.IsNullOrEmpty(tora.Summary));
    }

    [Fact]
    public void A_markdown_file_holding_html_is_not_a_saved_page()
    {
        var digest = File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", "GitHubDigest", "trending-three-papers.md"));

        Assert.True(SavedHtmlReader.LooksLikeHtmlPage(Fixture));
        Assert.False(SavedHtmlReader.LooksLikeHtmlPage(digest));
    }
}
