using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Text;

namespace PaperArchive.Catalog;

/// <summary>
/// Merges the entries of every listing into papers: the same normalised title is the same paper. Every source is
/// kept; metadata comes from whichever source has it, and disagreements are warnings naming both places.
/// </summary>
public static class CatalogBuilder
{
    public static PaperCatalog Build(IReadOnlyList<Listing> listings, DiagnosticBag diagnostics)
    {
        var sightings = listings
            .SelectMany(listing => listing.Entries.Select(entry => new Sighting(entry, listing)))
            .OrderBy(s => s.Listing.Captured)
            .ThenBy(s => s.Listing.File, StringComparer.Ordinal)
            .ThenBy(s => s.Entry.Location.Line);

        var papers = sightings
            .GroupBy(s => TitleKey.Of(s.Entry.Title), StringComparer.Ordinal)
            .Select(group => PaperMerger.Merge(group.Key, group.ToList(), diagnostics))
            .ToList();

        var slugged = SlugAllocator.Assign(papers, diagnostics)
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
        return new PaperCatalog(slugged, listings);
    }
}

/// <summary>One listing entry together with the listing that shows it.</summary>
internal sealed record Sighting(ListingEntry Entry, Listing Listing);
