using PaperArchive.Listings.PapersApi;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Listings.PapersApi;

public sealed class PapersApiReaderTests
{
    private static string Fixture => File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", "PapersApi", "2024-10-25-daily-papers-excerpt.json"));

    [Fact]
    public void A_daily_papers_response_gives_each_paper_with_the_fields_it_carries()
    {
        var papers = PapersApiReader.Read(Fixture).Papers;

        Assert.Equal(["2410.17243", "2410.16251", "2410.18533"], papers.Select(p => p.ArxivId));
        var first = papers[0];
        Assert.Equal("Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss", first.Title);
        Assert.StartsWith("Contrastive loss is a powerful approach for representation learning, where larger batch sizes", first.Summary);
        Assert.DoesNotContain('\n', first.Summary!);
        Assert.Equal(9, first.AuthorNames.Count);
        Assert.Equal(("Zesen Cheng", "Lidong Bing"), (first.AuthorNames[0], first.AuthorNames[^1]));
        Assert.Equal((64, new DateOnly(2024, 10, 22)), (first.Upvotes, first.Published));
        Assert.Null(first.Organization);
        Assert.Null(first.SubmittedOnDaily);
    }

    [Fact]
    public void The_paper_date_is_the_paper_published_at_and_not_the_top_level_one()
    {
        // paper.publishedAt is 2024-10-24T08:27:26Z; the entry's own publishedAt (2024-10-25T01:32:39Z) is a day later.
        Assert.Equal(new DateOnly(2024, 10, 24), PapersApiReader.Read(Fixture).Papers[2].Published);
    }

    [Fact]
    public void A_response_cut_off_mid_way_keeps_the_papers_before_the_cut_and_says_where_it_breaks()
    {
        var text = Fixture;
        var cut = text[..text.IndexOf("LOGO employs", StringComparison.Ordinal)];

        var capture = PapersApiReader.Read(cut);

        Assert.Equal(["2410.17243", "2410.16251"], capture.Papers.Select(p => p.ArxivId));
        Assert.Equal(1, capture.Break!.Line);
    }

    [Fact]
    public void The_machine_summary_is_never_the_abstract_and_hidden_authors_are_left_out()
    {
        const string json = """
            {"paper":{"id":"2602.23229","title":"T","summary":"The abstract.","ai_summary":"A machine summary.",
              "authors":[{"name":"Shown"},{"name":"Hidden","hidden":true}],
              "organization":{"name":"MHUGLab","fullname":"Multimedia and Human Understanding Group"},
              "publishedAt":"2026-02-26T17:08:18.000Z","submittedOnDailyAt":"2026-03-06T03:55:12.777Z"},
             "publishedAt":"2026-02-26T12:08:18.000Z"}
            """;

        var paper = PapersApiReader.Read(json).Papers.Single();

        Assert.Equal("The abstract.", paper.Summary);
        Assert.Equal(["Shown"], paper.AuthorNames);
        Assert.Equal("Multimedia and Human Understanding Group", paper.Organization);
        Assert.Equal((new DateOnly(2026, 2, 26), new DateOnly(2026, 3, 6)), (paper.Published, paper.SubmittedOnDaily));
        Assert.Null(paper.Upvotes);
    }

    [Fact]
    public void A_paper_without_a_summary_has_an_unknown_abstract_not_its_machine_summary()
    {
        var paper = PapersApiReader.Read("""[{"paper":{"id":"2609.03729","title":"T","ai_summary":"Short machine summary."}}]""").Papers.Single();

        Assert.Null(paper.Summary);
    }

    [Theory]
    [InlineData(true, "[", "  {\"paper\": {}}", "]")]
    [InlineData(true, "{\"dailyPapers\": []}")]
    [InlineData(false, " [-] -", "", "https://huggingface.co/login?next=%2Fpapers%2F2508.17892")]
    [InlineData(false, "[Upvote", "", "117](https://huggingface.co/login)")]
    public void Only_text_that_opens_an_object_or_an_array_of_objects_is_taken_for_json(bool isJson, params string[] lines)
    {
        // The false cases open a text export's tail and a clipper's split upvote link: a bracket, but no JSON.
        Assert.Equal(isJson, PapersApiReader.LooksLikeJson(lines));
    }
}
