using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// One paper as one capture showed it: every field the capture actually showed, each with the place it stood; a
/// field the capture did not show is null, never 0 or "". Every form's decoder makes these cards, and only these:
/// the catalog never sees a decoder's own types. Dates are <see cref="PartialDate"/>s, which carry their own place.
/// </summary>
public sealed record PaperCard(Shown<string> Title)
{
    /// <summary>The place of the card: the title's line. A paper's source points here.</summary>
    public SourceLocation Location => Title.Location;

    /// <summary>The abstract (the API's <c>summary</c>, never its <c>ai_summary</c>). arXiv listings show none.</summary>
    public Shown<string>? Abstract { get; init; }

    /// <summary>The authors' names in the order shown; null when the capture showed no names (only a count, or nothing).</summary>
    public Shown<IReadOnlyList<string>>? AuthorNames { get; init; }

    /// <summary>The author count as shown (<c>11 authors</c>); when names are shown too, the names decide.</summary>
    public Shown<int>? AuthorCount { get; init; }

    /// <summary>The organisation's display name (<c>Meta Research</c>), a short name and never its hub handle.</summary>
    public Shown<string>? Organization { get; init; }

    /// <summary>The paper's publication date: <c>Feb 12</c> (year from the capture date), <c>Mar 6, 2024</c>, or the API's <c>paper.publishedAt</c>.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>The day arXiv announced the paper (the day heading of an arXiv listing); used as its date when no
    /// publication date is shown.</summary>
    public PartialDate? Announced { get; init; }

    /// <summary>The upvote count as shown; null when the capture showed none (a compact copy, a <c>-</c> on a search page).</summary>
    public Shown<int>? Upvotes { get; init; }

    /// <summary>The arXiv id without version (<c>2410.05434</c>), from any link or field that carries it.</summary>
    public Shown<string>? ArxivId { get; init; }

    /// <summary>The number of authors the card shows: the names when it shows names, else the count, else null.</summary>
    public int? AuthorTotal => AuthorNames is { Value.Count: > 0 } names ? names.Value.Count : AuthorCount?.Value;
}

/// <summary>A value a capture showed, and where it stood.</summary>
public readonly record struct Shown<T>(T Value, SourceLocation Location);

/// <summary>Makes <see cref="Shown{T}"/> values without spelling the type.</summary>
public static class Shown
{
    public static Shown<T> At<T>(T value, SourceLocation location) => new(value, location);
}
