using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>What a reader found in a listing, before dates are resolved against the capture date.</summary>
public sealed record RawListing(ListingFormat Format, PartialDate? CaptureDate, IReadOnlyList<RawEntry> Entries);

/// <summary>One entry as written, its dates still partial.</summary>
public sealed record RawEntry(string Title, string Abstract, SourceLocation Location, EntryMetadata? Metadata, string? ArxivId = null);

/// <summary>The metadata block under an entry: author count or organisation, publication date, upvotes.</summary>
public sealed record EntryMetadata(int? Authors, string? Organization, PartialDate? Published, int Upvotes);
