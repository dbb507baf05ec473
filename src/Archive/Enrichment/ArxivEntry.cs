namespace PaperArchive.Enrichment;

/// <summary>
/// One paper as arXiv's query API describes it. Text is as arXiv writes it, except that the line breaks the API puts
/// inside long titles and abstracts are joined with single spaces. Fields arXiv leaves out are null, never empty.
/// </summary>
public sealed record ArxivEntry
{
    /// <summary>The identifier without its version: <c>2305.10601</c> or, for old papers, <c>cond-mat/0607501</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The version the API answered with (its latest), 1 or more.</summary>
    public required int Version { get; init; }

    public required string Title { get; init; }

    /// <summary>The authors' names in the order arXiv lists them.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>The day the first version was submitted (UTC).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The day the latest version was submitted (UTC).</summary>
    public DateOnly? Updated { get; init; }

    public string? PrimaryCategory { get; init; }

    /// <summary>Every category arXiv lists, the primary one included, in arXiv's order.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? PdfUrl { get; init; }

    public string? Doi { get; init; }

    public string? JournalRef { get; init; }

    public string? Comment { get; init; }

    public string? Abstract { get; init; }
}
