namespace PaperArchive.Catalog;

/// <summary>Where a paper was seen: a listing file and the line of its title. This is the one meaning of "source" in
/// the code (the listing file itself is a <see cref="Listings.RawListing"/>).</summary>
public sealed record PaperSource(string File, int Line);
