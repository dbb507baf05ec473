using System.Text;
using PaperArchive.Enrichment;

namespace PaperArchive.Tests.Enrichment;

public sealed class ArxivFeedReaderTests
{
    [Fact]
    public void A_hit_by_id_gives_the_id_version_title_authors_dates_categories_pdf_and_comment()
    {
        var feed = RecordedFeeds.Read("id-1605.08386.xml");

        var entry = Assert.Single(feed.Entries);
        Assert.Equal("1605.08386", entry.Id);
        Assert.Equal(1, entry.Version);
        Assert.Equal("Heat-bath random walks with Markov bases", entry.Title);
        Assert.Equal(["Caprice Stanley", "Tobias Windisch"], entry.Authors);
        Assert.Equal(new DateOnly(2016, 5, 26), entry.Published);
        Assert.Equal(new DateOnly(2016, 5, 26), entry.Updated);
        Assert.Equal("math.CO", entry.PrimaryCategory);
        Assert.Equal(["math.CO", "math.ST"], entry.Categories);
        Assert.Equal("https://arxiv.org/pdf/1605.08386v1", entry.PdfUrl);
        Assert.Equal("20 pages, 3 figures", entry.Comment);
        Assert.Null(entry.Doi);
        Assert.Null(entry.JournalRef);
        Assert.StartsWith("Graphs on lattice points are studied", entry.Abstract);
        Assert.Equal(1, feed.TotalResults);
    }

    [Fact]
    public void A_title_the_old_api_wrapped_over_two_lines_is_read_as_one_line_with_its_later_version_doi_and_journal()
    {
        var entry = Assert.Single(RecordedFeeds.Read("id-1111.2011v2.xml").Entries);

        Assert.Equal("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit", entry.Title);
        Assert.Equal(("1111.2011", 2), (entry.Id, entry.Version));
        Assert.Equal(new DateOnly(2011, 11, 8), entry.Published);
        Assert.Equal(new DateOnly(2012, 4, 2), entry.Updated);
        Assert.Equal("10.1103/PhysRevB.85.115117", entry.Doi);
        Assert.Equal("Phys. Rev. B 85, 115117 (2012)", entry.JournalRef);
        Assert.Equal("8 pages, 3 figures. Published version", entry.Comment);
        Assert.Equal("cond-mat.str-el", entry.PrimaryCategory);
        Assert.Equal("http://arxiv.org/pdf/1111.2011v2", entry.PdfUrl);
        Assert.DoesNotContain('\n', entry.Abstract!);
    }

    [Fact]
    public void Authors_keep_their_order_and_diacritics()
    {
        var entry = Assert.Single(RecordedFeeds.Read("id-0808.05394-1707.08567.xml").Entries);

        Assert.Equal("1707.08567", entry.Id);
        Assert.Equal(34, entry.Authors.Count);
        Assert.Equal("Kees A. Schouhamer Immink", entry.Authors[0]);
        Assert.Equal("Dirk Wübben", entry.Authors[^2]);
        Assert.Equal("Hirosuke Yamamoto", entry.Authors[^1]);
    }

    [Fact]
    public void Old_papers_keep_their_archive_in_the_id()
    {
        var feed = RecordedFeeds.Read("search-quantum-criticality.xml");

        Assert.Equal(["1111.2011", "cond-mat/0607501"], feed.Entries.Select(e => e.Id));
        Assert.Equal("A striped supersolid phase and the search for deconfined quantum criticality in hard-core bosons on the triangular lattice", feed.Entries[1].Title);
    }

    [Fact]
    public void Escaped_characters_and_tex_in_titles_are_read_as_arxiv_wrote_them()
    {
        var titles = RecordedFeeds.Read("search-testing-excerpt.xml").Entries.Select(e => e.Title).ToList();

        Assert.Contains("ChatGPT and Software Testing Education: Promises & Perils", titles);
        Assert.Contains("$ω$Test: WebView-Oriented Testing for Android Applications", titles);
    }

    [Fact]
    public void An_answer_cut_at_max_results_says_it_is_truncated()
    {
        var feed = RecordedFeeds.Read("search-testing-excerpt.xml");

        Assert.Equal(214881, feed.TotalResults);
        Assert.True(feed.IsTruncated);
    }

    [Fact]
    public void No_result_is_an_empty_feed_that_is_not_truncated()
    {
        var feed = RecordedFeeds.Read("id-0000.0000.xml");

        Assert.Empty(feed.Entries);
        Assert.False(feed.IsTruncated);
        Assert.Null(feed.Error);
    }

    [Fact]
    public void An_error_feed_gives_arxivs_message_and_no_entry()
    {
        var feed = RecordedFeeds.Read("id-abc.400.xml");

        Assert.Equal("incorrect id format for abc", feed.Error);
        Assert.Empty(feed.Entries);
    }

    [Theory]
    [InlineData("<html><body>Service Unavailable</body></html>", "not an Atom feed")]
    [InlineData("Rate exceeded.", "not XML")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x \"y\">]><feed xmlns=\"http://www.w3.org/2005/Atom\">&x;</feed>", "not XML")]
    public void An_answer_that_is_not_a_feed_is_a_problem_not_an_exception(string answer, string problemPart)
    {
        var feed = ArxivFeedReader.Read(Encoding.UTF8.GetBytes(answer), out var problem);

        Assert.Null(feed);
        Assert.Contains(problemPart, problem);
    }
}
