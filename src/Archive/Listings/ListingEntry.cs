using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>One paper as one listing shows it, with dates already resolved against the listing's capture date.</summary>
public sealed record ListingEntry(
    string Title,
    string Abstract,
    SourceLocation Location,
    int? Authors = null,
    string? Organization = null,
    DateOnly? Published = null,
    int Upvotes = 0,
    string? ArxivId = null);
