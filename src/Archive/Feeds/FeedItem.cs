namespace PaperArchive.Feeds;

/// <summary>
/// One paper as every feed shows it, built once and shared by the three formats and every feed that lists the
/// paper. Text is already free of the characters XML forbids; URLs are absolute when the site has a base URL.
/// </summary>
internal sealed record FeedItem(
    string Id,
    string Title,
    string Url,
    string Summary,
    IReadOnlyList<FeedCategory> Categories,
    DateOnly Added,
    DateOnly? Published,
    string? ArxivUrl)
{
    /// <summary>The authors' names in order (RSS <c>dc:creator</c>, Atom <c>author</c>, JSON Feed <c>authors</c>); empty when unknown.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
}

/// <summary>A research theme as a feed category: its slug as the term, its name as the label.</summary>
internal sealed record FeedCategory(string Term, string Label);
