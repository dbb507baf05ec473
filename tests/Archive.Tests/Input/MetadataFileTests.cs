using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;
using PaperArchive.Input;
using PaperArchive.Tests.Enrichment;

namespace PaperArchive.Tests.Input;

public sealed class MetadataFileTests
{
    private const string File = "input/metadata/some-paper.yml";

    private static PaperMetadata Found(ArxivEntry entry) =>
        new("some-paper", SourceLocation.Of(File), MetadataStatus.Found) { PaperTitle = entry.Title, Arxiv = entry };

    private static PaperMetadata RoundTrip(PaperMetadata metadata)
    {
        var diagnostics = new DiagnosticBag();
        var read = MetadataParser.Parse(metadata.Slug, File, MetadataWriter.Write(metadata), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return read!;
    }

    [Theory]
    [InlineData("id-1111.2011v2.xml")]
    [InlineData("id-1605.08386.xml")]
    [InlineData("id-0808.05394-1707.08567.xml")]
    [InlineData("search-quantum-criticality.xml")]
    [InlineData("search-testing-excerpt.xml")]
    public void Every_field_of_a_recorded_entry_is_read_back_as_it_was_written(string fixture)
    {
        foreach (var entry in RecordedFeeds.Read(fixture).Entries)
        {
            var read = RoundTrip(Found(entry)).Arxiv!;

            Assert.Equal(entry with { Authors = [], Categories = [] }, read with { Authors = [], Categories = [] });
            Assert.Equal(entry.Authors, read.Authors);
            Assert.Equal(entry.Categories, read.Categories);
        }
    }

    [Fact]
    public void A_found_paper_is_written_as_small_readable_yaml_with_a_quoted_id_and_one_author_a_line()
    {
        var entry = Assert.Single(RecordedFeeds.Read("id-1111.2011v2.xml").Entries);

        var text = MetadataWriter.Write(Found(entry) with { PaperTitle = "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit" });

        Assert.StartsWith("# arXiv's record of this paper", text);
        Assert.Contains("\nstatus: found\narxiv: \"1111.2011\"\nversion: 2\n", text);
        Assert.Contains("\nauthors:\n- James M. Murray\n- Adrian Del Maestro\n- Zlatko Tesanovic\npublished: 2011-11-08\nupdated: 2012-04-02\n", text);
        Assert.Contains("\nprimary_category: cond-mat.str-el\nother_categories: [cond-mat.stat-mech]\n", text);
        Assert.Contains("\njournal_ref: Phys. Rev. B 85, 115117 (2012)\n", text);
        Assert.DoesNotContain("asked:", text);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 110, line));
    }

    [Fact]
    public void Ids_and_names_that_yaml_would_read_as_numbers_or_booleans_stay_text()
    {
        var entry = new ArxivEntry { Id = "2310.06770", Version = 1, Title = "2024", Authors = ["Yes", "null", "1e3"], Comment = "true" };

        var read = RoundTrip(Found(entry)).Arxiv!;

        Assert.Equal("2310.06770", read.Id);
        Assert.Equal("2024", read.Title);
        Assert.Equal(["Yes", "null", "1e3"], read.Authors);
        Assert.Equal("true", read.Comment);
        Assert.Contains("arxiv: \"2310.06770\"", MetadataWriter.Write(Found(entry)));
    }

    [Fact]
    public void Fields_arxiv_does_not_give_are_left_out_not_written_empty()
    {
        var entry = new ArxivEntry { Id = "2402.07865", Version = 2, Title = "Prismatic VLMs", Authors = ["Siddharth Karamcheti"] };

        var text = MetadataWriter.Write(Found(entry));

        Assert.DoesNotContain("doi", text);
        Assert.DoesNotContain("published", text);
        Assert.DoesNotContain("other_categories", text);
        Assert.Null(RoundTrip(Found(entry)).Arxiv!.Published);
    }

    [Fact]
    public void Not_found_and_ambiguous_are_recorded_with_the_day_asked()
    {
        var day = new DateOnly(2026, 12, 3);
        var notFound = new PaperMetadata("p", SourceLocation.Of(File), MetadataStatus.NotFound) { PaperTitle = "Feasible Learning", Asked = day };
        var ambiguous = new PaperMetadata("p", SourceLocation.Of(File), MetadataStatus.Ambiguous) { PaperTitle = "Editorial", Asked = day, Candidates = ["2101.00001", "2202.00002"] };

        Assert.Equal($"# {MetadataWriter.Header}\npaper: Feasible Learning\nstatus: not-found\nasked: 2026-12-03\n", MetadataWriter.Write(notFound));
        Assert.Contains("status: ambiguous\nasked: 2026-12-03\ncandidates: [\"2101.00001\", \"2202.00002\"]\n", MetadataWriter.Write(ambiguous));
        Assert.Equal(day, RoundTrip(notFound).Asked);
        Assert.Equal(["2101.00001", "2202.00002"], RoundTrip(ambiguous).Candidates);
    }

    [Fact]
    public void Bad_yaml_is_an_error_with_the_line_of_the_file()
    {
        var diagnostics = new DiagnosticBag();

        var read = MetadataParser.Parse("p", File, "status: found\nauthors: [A, B]\n  version: 1\n", diagnostics);

        Assert.Null(read);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.MetadataYamlError, error.Id);
        Assert.Equal(File, error.Location!.Value.File);
        Assert.Equal(3, error.Location!.Value.Line);
    }

    [Theory]
    [InlineData("status: maybe\n", 1, "'status' must be found, not-found or ambiguous, not 'maybe'")]
    [InlineData("status: found\narxiv: 2305.10601v2\nversion: 2\ntitle: T\n", 2, "'arxiv' must be an arXiv id without its version")]
    [InlineData("status: found\narxiv: \"2305.10601\"\nversion: two\ntitle: T\n", 3, "'version' must be the arXiv version")]
    [InlineData("status: found\narxiv: \"2305.10601\"\nversion: 2\ntitle: T\npublished: 17 May 2023\n", 5, "'published' must be a date written YYYY-MM-DD")]
    [InlineData("status: not-found\n", 1, "'asked' (the day arXiv was asked, YYYY-MM-DD) is missing")]
    [InlineData("status: found\narxiv: \"2305.10601\"\nversion: 2\ntitle: T\nauthors: Shunyu Yao\n", 5, "'authors' must be a list")]
    [InlineData("status: found\narxiv: \"2305.10601\"\nversion: 2\ntitle: T\npdf: javascript:alert(1)\n", 5, "'pdf' must be an http(s) address")]
    public void A_bad_value_is_an_error_naming_the_key_and_its_line(string text, int line, string message)
    {
        var diagnostics = new DiagnosticBag();

        var read = MetadataParser.Parse("p", File, text, diagnostics);

        Assert.Null(read);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.MetadataInvalidValue, error.Id);
        Assert.Equal(line, error.Location!.Value.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_and_the_rest_is_read()
    {
        var diagnostics = new DiagnosticBag();

        var read = MetadataParser.Parse("p", File, "status: not-found\nasked: 2026-12-03\nnotes: ask later\n", diagnostics);

        Assert.Equal(MetadataStatus.NotFound, read!.Status);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.False(warning.IsError);
        Assert.Equal(DiagnosticIds.MetadataUnknownKey, warning.Id);
        Assert.Equal(3, warning.Location!.Value.Line);
    }
}
