using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using static PaperArchive.Tests.Support.Listings;

using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Catalog;

public sealed class CatalogBuilderTests
{
    [Fact]
    public void The_same_title_in_two_listings_is_one_paper_with_both_sources()
    {
        var (catalog, _) = Catalogs.Build(
            ("2025-12-08-a.txt", Page("Dec 8", Entry("Value Drifts: Tracing Value Alignment", "Oct 1"))),
            ("2025-12-11-b.txt", Page("Dec 11", Entry("Paper Zero", "Oct 2"), Entry("value drifts — tracing value alignment", "Oct 1 4"))));

        var paper = Assert.Single(catalog.Papers, p => p.Slug == "value-drifts-tracing-value-alignment");
        Assert.Equal([new PaperSource("2025-12-08-a.txt", 13), new PaperSource("2025-12-11-b.txt", 21)], paper.Sources);
        Assert.Equal(new DateOnly(2025, 12, 8), paper.Added);
        Assert.Equal(4, paper.Upvotes);
    }

    [Fact]
    public void Metadata_comes_from_whichever_listing_has_it()
    {
        var (catalog, diagnostics) = Catalogs.Build(
            ("2025-12-09-a.txt", "Get trending papers in your email inbox!\nSubscribeGUESS:GradUally Enriching SyntheSis\nAn abstract.\n"),
            ("2025-12-10-b.txt", Page("Dec 10", Entry("GUESS: GradUally Enriching SyntheSis", "Jun 23", byline: "  • 7 authors"))));

        var paper = Assert.Single(catalog.Papers);
        Assert.Equal(7, paper.Authors);
        Assert.Equal(new DateOnly(2025, 6, 23), paper.Published);
        Assert.Equal(new DateOnly(2025, 12, 9), paper.Added);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Conflicting_author_counts_are_a_warning_that_names_both_places()
    {
        var (catalog, diagnostics) = Catalogs.Build(
            ("2025-12-08-a.txt", Page("Dec 8", Entry("Paper One", "Feb 12", byline: "  • 3 authors"))),
            ("2025-12-10-b.txt", Page("Dec 10", Entry("Paper One", "Feb 12", byline: "  • 4 authors"))));

        Assert.Equal(3, Assert.Single(catalog.Papers).Authors);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.ConflictingAuthors, warning.Id);
        Assert.Equal("2025-12-10-b.txt", warning.Location!.Value.File);
        Assert.Contains("2025-12-08-a.txt(13,1)", warning.Message);
    }

    [Fact]
    public void Ids_depend_only_on_the_normalised_title()
    {
        var (first, _) = Catalogs.Build(("2025-12-08-a.txt", Page("Dec 8", Entry("Paper One", "Feb 12"), Entry("Paper Two", "Feb 13"))));
        var (second, _) = Catalogs.Build(("2025-12-11-z.txt", Page("Dec 11", Entry("Paper Three", "Feb 1"), Entry("PAPER  two", "Feb 13"))));

        Assert.Equal(first.FindBySlug("paper-two")!.Id, second.FindBySlug("paper-two")!.Id);
    }

    [Fact]
    public void Titles_that_make_the_same_slug_get_distinct_slugs_and_the_first_added_keeps_the_plain_one()
    {
        var (catalog, diagnostics) = Catalogs.Build(
            ("2025-12-08-a.txt", Page("Dec 8", Entry("C++ Code Models", "Feb 12"))),
            ("2025-12-10-b.txt", Page("Dec 10", Entry("C# Code Models", "Feb 12"))));

        Assert.Equal(2, catalog.Papers.Count);
        Assert.Equal("C++ Code Models", catalog.FindBySlug("c-code-models")!.Title);
        Assert.StartsWith("c-code-models-", catalog.Papers.Single(p => p.Title == "C# Code Models").Slug);
        Assert.Equal(DiagnosticIds.SlugCollision, Assert.Single(diagnostics.Sorted()).Id);
    }
}
