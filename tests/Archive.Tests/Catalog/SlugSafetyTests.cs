using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;


namespace PaperArchive.Tests.Catalog;

public sealed class SlugSafetyTests
{
    private static (PaperCatalog Catalog, DiagnosticBag Diagnostics) Build(params string[] titles)
    {
        // Built from entries, not parsed: the plausibility gate rightly refuses titles without words ("???"), but
        // slugs must be safe whatever reaches the catalog.
        var diagnostics = new DiagnosticBag();
        var entries = titles.Select((t, i) => new ListingEntry(t, "An abstract.", new SourceLocation("2025-12-08-x.txt", (i * 4) + 1))).ToList();
        var listing = new Listing("2025-12-08-x.txt", null, ListingFormat.DailyPapersPage, new DateOnly(2025, 12, 8), entries);
        return (CatalogBuilder.Build([listing], diagnostics), diagnostics);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("???")]
    [InlineData("日本語のタイトル")]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b\\c")]
    [InlineData("—")]
    public void A_slug_is_never_empty_a_dot_segment_or_a_path(string title)
    {
        var (catalog, _) = Build(title);

        var slug = Assert.Single(catalog.Papers).Slug;
        Assert.NotEqual("", slug);
        Assert.DoesNotContain(slug, new[] { ".", ".." });
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
    }

    [Fact]
    public void Titles_that_make_the_same_slug_get_different_slugs_and_a_warning()
    {
        var (catalog, diagnostics) = Build("C++ Models", "C# Models", "C Models");

        Assert.Equal(3, catalog.Papers.Select(p => p.Slug).Distinct().Count());
        Assert.Contains(catalog.Papers, p => p.Slug == "c-models");
        Assert.Equal(2, diagnostics.Sorted().Count(d => d.Id == DiagnosticIds.SlugCollision));
    }
}
