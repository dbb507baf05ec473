using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.CuratorData;

/// <summary>Today's figures of the shipped input. A new listing changes them: update them with it.</summary>
[Trait(CuratorDataTrait.Name, CuratorDataTrait.Value)]
public sealed class ShippedInputFiguresTests
{
    private static PaperArchive.Catalog.PaperCatalog Catalog => BuiltSites.ShippedContent.Catalog;

    [Fact]
    public void The_shipped_listings_hold_497_entries()
    {
        Assert.Equal(497, Catalog.Listings.Sum(l => l.Entries.Count));
    }

    [Fact]
    public void The_shipped_listings_merge_into_455_papers()
    {
        Assert.Equal(455, Catalog.Papers.Count);
    }

    [Fact]
    public void Of_the_shipped_papers_152_have_a_publication_date()
    {
        Assert.Equal(152, Catalog.Papers.Count(p => p.Published is not null));
    }
}
