using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>One paper as one listing shows it, with dates already resolved against the listing's capture date.
/// Every field but the title may be unknown (null, or no names).</summary>
public sealed record ListingEntry(
    string Title,
    string? Abstract,
    SourceLocation Location,
    int? Authors = null,
    string? Organization = null,
    DateOnly? Published = null,
    int? Upvotes = null,
    string? ArxivId = null)
{
    /// <summary>The authors' names in order; empty when the listing showed none.</summary>
    public IReadOnlyList<string> AuthorNames { get; init; } = [];

    /// <summary>Two readings of the same entry are equal when they show the same names, not the same list object.</summary>
    public bool Equals(ListingEntry? other) =>
        other is not null && Title == other.Title && Abstract == other.Abstract && Location == other.Location &&
        Authors == other.Authors && Organization == other.Organization && Published == other.Published &&
        Upvotes == other.Upvotes && ArxivId == other.ArxivId && AuthorNames.SequenceEqual(other.AuthorNames);

    public override int GetHashCode() => HashCode.Combine(Title, Location, Published, ArxivId);
}
