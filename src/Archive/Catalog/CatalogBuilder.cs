using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Catalog;

/// <summary>
/// Merges the entries of every listing into papers: entries with the same arXiv id, or the same normalised title,
/// are the same paper. Every source is kept; metadata comes from whichever source has it, and disagreements are
/// warnings naming both places.
/// </summary>
public static class CatalogBuilder
{
    public static PaperCatalog Build(IReadOnlyList<Listing> listings, DiagnosticBag diagnostics)
    {
        var sightings = listings
            .SelectMany(listing => listing.Entries.Select(entry => new Sighting(entry, listing)))
            .OrderBy(s => s.Listing.Captured)
            .ThenBy(s => s.Listing.File, StringComparer.Ordinal)
            .ThenBy(s => s.Entry.Location.Line)
            .ToList();

        // Merging a group reads only that group, so groups merge on all cores; the order stays the groups' order.
        var papers = SightingGroups.Of(sightings)
            .AsParallel().AsOrdered()
            .Select(group => PaperMerger.Merge(group, diagnostics))
            .ToList();

        var slugged = SlugAllocator.Assign(papers, diagnostics)
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
        return new PaperCatalog(slugged, listings);
    }
}

/// <summary>One listing entry together with the listing that shows it.</summary>
internal sealed record Sighting(ListingEntry Entry, Listing Listing);
