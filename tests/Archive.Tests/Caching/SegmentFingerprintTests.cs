using PaperArchive.Caching;
using PaperArchive.Catalog;

namespace PaperArchive.Tests.Caching;

/// <summary>A search index segment is kept from the last build exactly when what its files hold of its papers is
/// unchanged: a re-listing's new source or upvotes keep it, a change a visitor would see in results makes it again.</summary>
public sealed class SegmentFingerprintTests
{
    private static readonly Paper Known = new()
    {
        Id = "dynamic-normativity",
        Slug = "dynamic-normativity",
        Title = "Dynamic Normativity",
        Abstract = "Necessary and sufficient conditions for value alignment.",
        AuthorNames = ["Nils Kuhn", "Ada Lovelace"],
        Published = new DateOnly(2025, 6, 3),
        Added = new DateOnly(2025, 12, 8),
        Upvotes = 12,
        Sources = [],
    };

    private static UInt128 Of(Paper paper) => SegmentFingerprint.Of(4, 0, 0, [paper], 4, 1000);

    [Fact]
    public void More_upvotes_and_a_new_source_keep_the_segment()
    {
        var relisted = Known with { Upvotes = 250, Sources = [new PaperSource("2025-12-12-relisted.txt", 3)] };

        Assert.Equal(Of(Known), Of(relisted));
    }

    [Fact]
    public void Author_names_the_results_show_and_search_finds_make_the_segment_again()
    {
        Assert.NotEqual(Of(Known), Of(Known with { AuthorNames = ["Nils Kuhn", "Grace Hopper"] }));
        Assert.NotEqual(Of(Known), Of(Known with { AuthorNames = [] }));
    }

    [Fact]
    public void A_new_title_abstract_or_publication_date_makes_the_segment_again()
    {
        Assert.NotEqual(Of(Known), Of(Known with { Title = "Dynamic Normativity, revised" }));
        Assert.NotEqual(Of(Known), Of(Known with { Abstract = null }));
        Assert.NotEqual(Of(Known), Of(Known with { Published = new DateOnly(2025, 6, 4) }));
    }
}
