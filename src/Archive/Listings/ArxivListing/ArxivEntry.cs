namespace PaperArchive.Listings.ArxivListing;

/// <summary>
/// One entry of an arXiv listing as it was written: its <c>arXiv:</c> line, the title and authors lines that
/// follow (null or empty when the capture lacks them) and the day heading it was listed under.
/// </summary>
public sealed record ArxivEntry(
    int Line,
    string ArxivId,
    string? Title,
    int? TitleLine,
    IReadOnlyList<string> AuthorNames,
    int? AuthorsLine,
    DateOnly? Announced,
    int? AnnouncedLine);
