namespace PaperArchive.Listings;

/// <summary>One saved listing page, parsed: where it came from, when it was captured, and its entries in page order.</summary>
public sealed record Listing(
    string File,
    string? Title,
    ListingFormat Format,
    DateOnly Captured,
    IReadOnlyList<ListingEntry> Entries);
