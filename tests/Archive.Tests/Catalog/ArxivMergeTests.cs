using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Text;

using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Catalog;

public sealed class ArxivMergeTests
{
    private static string Clip(string day, params (string Title, string? Id)[] entries) =>
        $"captured: 2025-12-{day}T09:00:00Z\n\n" + string.Concat(entries.Select(e =>
            $"### [{e.Title}]({(e.Id is null ? "https://huggingface.co/" : "https://huggingface.co/papers/" + e.Id)})\n\n[An abstract about {e.Title}.](x)\n\n"));

    [Fact]
    public void Two_entries_with_one_arxiv_id_and_slightly_different_titles_are_one_paper()
    {
        var (catalog, diagnostics) = Catalogs.Build(
            ("a.md", Clip("12", ("Value Drifts: Tracing Value Alignment During LLM Post-Training", "2510.26707"))),
            ("b.md", Clip("13", ("Value Drifts: Tracing Value Alignment during LLM Post-training (v2)", "2510.26707v2"))));

        var paper = Assert.Single(catalog.Papers);
        Assert.Equal("2510.26707", paper.ArxivId);
        Assert.Equal([new PaperSource("a.md", 3), new PaperSource("b.md", 3)], paper.Sources);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void An_entry_without_an_id_merges_by_title_with_the_paper_that_has_one()
    {
        var (catalog, _) = Catalogs.Build(
            ("2025-12-08-a.txt", Support.Listings.Page("Dec 8", Support.Listings.Entry("Self-Rewarding Language Models", "Jan 18"))),
            ("b.md", Clip("13", ("Self-Rewarding Language Models", "2401.10020"))));

        var paper = Assert.Single(catalog.Papers);
        Assert.Equal("2401.10020", paper.ArxivId);
        Assert.Equal(new DateOnly(2025, 12, 8), paper.Added);
        Assert.Equal(2, paper.Sources.Count);
    }

    [Fact]
    public void The_id_of_a_paper_stays_derived_from_its_normalised_title_when_an_arxiv_id_arrives()
    {
        var (without, _) = Catalogs.Build(("2025-12-08-a.txt", Support.Listings.Page("Dec 8", Support.Listings.Entry("Self-Rewarding Language Models", "Jan 18"))));
        var (with, _) = Catalogs.Build(("b.md", Clip("13", ("Self-Rewarding Language Models", "2401.10020"))));

        Assert.Equal(StableHash.Hex(TitleKey.Of("Self-Rewarding Language Models"), 12), Assert.Single(without.Papers).Id);
        Assert.Equal(Assert.Single(without.Papers).Id, Assert.Single(with.Papers).Id);
        Assert.Equal(Assert.Single(without.Papers).Slug, Assert.Single(with.Papers).Slug);
    }

    [Fact]
    public void Different_arxiv_ids_keep_different_papers_apart()
    {
        var (catalog, _) = Catalogs.Build(("a.md", Clip("12", ("Paper One", "2401.00001"), ("Paper Two", "2401.00002"))));

        Assert.Equal(["2401.00001", "2401.00002"], catalog.Papers.Select(p => p.ArxivId));
        Assert.Equal(2, catalog.Papers.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void One_title_with_two_arxiv_ids_is_one_paper_and_a_warning()
    {
        var (catalog, diagnostics) = Catalogs.Build(
            ("a.md", Clip("12", ("Paper One", "2401.00001"))),
            ("b.md", Clip("13", ("Paper One", "2401.00009"))));

        Assert.Equal("2401.00001", Assert.Single(catalog.Papers).ArxivId);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.ConflictingArxivId, "b.md"), (warning.Id, warning.Location!.Value.File));
    }

    [Fact]
    public void Ids_and_titles_chain_into_one_paper()
    {
        // a and b share an id, b and c share a title: all three are the same paper.
        var (catalog, _) = Catalogs.Build(
            ("a.md", Clip("11", ("Paper One", "2401.00001"))),
            ("b.md", Clip("12", ("Paper 1", "2401.00001"))),
            ("2025-12-13-c.txt", Support.Listings.Page("Dec 13", Support.Listings.Entry("Paper 1", "Jan 2"))));

        var paper = Assert.Single(catalog.Papers);
        Assert.Equal(3, paper.Sources.Count);
        Assert.Equal("Paper 1", paper.Title);
    }
}
