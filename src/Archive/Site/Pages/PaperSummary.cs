namespace PaperArchive.Site.Pages;

/// <summary>
/// What every list shows about a paper, computed once per paper and shared by all pages that list it
/// (so list pages allocate nothing per paper). Paths are relative to the site root.
/// </summary>
public sealed record PaperSummary
{
    public required string Id { get; init; }

    public required string Slug { get; init; }

    public required string Path { get; init; }

    public required string Title { get; init; }

    /// <summary>The start of the abstract as plain text, cut at a word, for compact list items.</summary>
    public required string Teaser { get; init; }

    /// <summary>"Mar 6, 2024" or null when the listings gave no publication date.</summary>
    public string? Published { get; init; }

    public string? PublishedIso { get; init; }

    public required string Added { get; init; }

    public required string AddedIso { get; init; }

    /// <summary>The upvote count, or null when no listing showed one.</summary>
    public int? Upvotes { get; init; }

    /// <summary>"5 authors", the organisation, or null.</summary>
    public string? Byline { get; init; }

    public required IReadOnlyList<ThemeTag> Themes { get; init; }
}
