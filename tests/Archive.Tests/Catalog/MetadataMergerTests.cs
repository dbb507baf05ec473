using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;
using PaperArchive.Input;
using PaperArchive.Tests.Enrichment;

namespace PaperArchive.Tests.Catalog;

public sealed class MetadataMergerTests
{
    private static readonly ArxivEntry Quantum = RecordedFeeds.Read("id-1111.2011v2.xml").Entries[0];

    private static Paper Listed(string title) => new()
    {
        Id = "id",
        Slug = "quantum",
        Title = title,
        Abstract = null,
        Added = new DateOnly(2025, 12, 12),
        Sources = [new PaperSource("2025-12-12-physics.txt", 7)],
    };

    private static PaperMetadata Found(ArxivEntry entry, string slug = "quantum") =>
        new(slug, new SourceLocation($"input/metadata/{slug}.yml", 1), MetadataStatus.Found)
        {
            Arxiv = entry,
            Lines = new Dictionary<string, SourceLocation>
            {
                [MetadataKeys.Published] = new($"input/metadata/{slug}.yml", 12),
                [MetadataKeys.Title] = new($"input/metadata/{slug}.yml", 6),
                [MetadataKeys.Arxiv] = new($"input/metadata/{slug}.yml", 4),
            },
        };

    private static (Paper Paper, IReadOnlyList<Diagnostic> Diagnostics) Merge(Paper paper, params PaperMetadata[] metadata)
    {
        var diagnostics = new DiagnosticBag();
        var merged = MetadataMerger.Merge(new PaperCatalog([paper], []), metadata, diagnostics);
        return (merged.Papers.Single(), diagnostics.Sorted());
    }

    [Fact]
    public void Metadata_fills_the_id_the_names_the_date_and_the_abstract_a_listing_left_out()
    {
        var (paper, diagnostics) = Merge(Listed(Quantum.Title), Found(Quantum));

        Assert.Empty(diagnostics);
        Assert.Equal("1111.2011", paper.ArxivId);
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], paper.AuthorNames);
        Assert.Equal(3, paper.Authors);
        Assert.Equal(new DateOnly(2011, 11, 8), paper.Published);
        Assert.StartsWith("Theoretical description of anisotropic systems", paper.Abstract);
        Assert.Same(Quantum, paper.Arxiv);
    }

    [Fact]
    public void What_a_listing_shows_wins_and_a_different_date_is_a_warning_naming_both()
    {
        var listed = Listed(Quantum.Title) with { Published = new DateOnly(2011, 11, 9), Abstract = "The listing's abstract.", AuthorNames = ["J. Murray", "A. Del Maestro", "Z. Tesanovic"], Authors = 3 };

        var (paper, diagnostics) = Merge(listed, Found(Quantum));

        Assert.Equal(new DateOnly(2011, 11, 9), paper.Published);
        Assert.Equal("The listing's abstract.", paper.Abstract);
        Assert.Equal(["J. Murray", "A. Del Maestro", "Z. Tesanovic"], paper.AuthorNames);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.MetadataDateDiffers, warning.Id);
        Assert.Equal(new SourceLocation("input/metadata/quantum.yml", 12), warning.Location);
        Assert.Contains("2025-12-12-physics.txt, line 7", warning.Message);
        Assert.Contains("2011-11-09", warning.Message);
        Assert.Contains("2011-11-08", warning.Message);
    }

    [Fact]
    public void A_title_arxiv_writes_differently_is_a_warning_naming_both_and_the_listings_title_stays()
    {
        var (paper, diagnostics) = Merge(Listed("Quantum Criticality on a Bethe Lattice") with { ArxivId = "1111.2011" }, Found(Quantum));

        Assert.Equal("Quantum Criticality on a Bethe Lattice", paper.Title);
        Assert.Equal(3, paper.AuthorNames.Count);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.MetadataTitleDiffers, warning.Id);
        Assert.Contains("'Quantum Criticality on a Bethe Lattice'", warning.Message);
        Assert.Contains($"'{Quantum.Title}'", warning.Message);
    }

    [Fact]
    public void Metadata_about_another_arxiv_id_than_the_listing_links_is_not_used()
    {
        var listed = Listed(Quantum.Title) with { ArxivId = "2305.10601" };

        var (paper, diagnostics) = Merge(listed, Found(Quantum));

        Assert.Same(listed, paper);
        Assert.Equal(DiagnosticIds.MetadataOtherArxivId, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_listing_count_of_authors_that_arxivs_names_contradict_is_a_warning_and_the_names_are_shown()
    {
        var (paper, diagnostics) = Merge(Listed(Quantum.Title) with { Authors = 4 }, Found(Quantum));

        Assert.Equal(3, paper.Authors);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.MetadataAuthorCountDiffers, warning.Id);
        Assert.Contains("counts 4 authors", warning.Message);
    }

    [Fact]
    public void A_metadata_file_for_no_paper_is_a_warning_and_not_found_answers_change_nothing()
    {
        var notFound = new PaperMetadata("quantum", SourceLocation.Of("input/metadata/quantum.yml"), MetadataStatus.NotFound) { Asked = new DateOnly(2026, 12, 3) };

        var listed = Listed(Quantum.Title);

        var (paper, diagnostics) = Merge(listed, notFound, Found(Quantum, "gone-paper"));

        Assert.Same(listed, paper);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.MetadataUnknownPaper, warning.Id);
        Assert.Equal("input/metadata/gone-paper.yml", warning.Location!.Value.File);
    }
}
