using System.Globalization;

namespace PaperArchive.Listings.ArxivListing;

/// <summary>
/// The kinds of line an arXiv listing page shows, told apart by their words: an entry
/// (<c>[3] arXiv:2510.08521 [pdf, html, other]</c>), a day heading (<c>Fri, 10 Oct 2025 (showing first 50 of 218
/// entries )</c> or <c>Showing new listings for Friday, 10 October 2025</c>) and labelled metadata
/// (<c>Comments:</c>, <c>Subjects:</c>…). The day links at the top of a "recent" page carry no "(showing" and are
/// not headings.
/// </summary>
internal static class ArxivListingLine
{
    private static readonly string[] Labels =
        ["Comments:", "Subjects:", "Journal-ref:", "Journal ref:", "MSC-class:", "ACM-class:", "Report-no:", "DOI:"];

    private const string NewListingsFor = "Showing new listings for ";

    /// <summary>The id of an entry line, or null when <paramref name="line"/> is not one.</summary>
    public static string? EntryId(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 2 || text.AsSpan(1, close - 1).ContainsAnyExcept("0123456789"))
            {
                return null;
            }

            text = text[(close + 1)..].TrimStart();
        }

        if (!text.StartsWith("arXiv:", StringComparison.Ordinal))
        {
            return null;
        }

        var id = text["arXiv:".Length..].Split(' ', 2)[0];
        return ArxivId.Normalize(id);
    }

    /// <summary>The day of a day heading, or null when <paramref name="line"/> is not one.</summary>
    public static DateOnly? DayHeading(string line)
    {
        var text = line.Trim();
        if (text.StartsWith(NewListingsFor, StringComparison.Ordinal))
        {
            return Parse(text[NewListingsFor.Length..], "dddd, d MMMM yyyy");
        }

        var showing = text.IndexOf(" (showing", StringComparison.Ordinal);
        return showing > 0 ? Parse(text[..showing], "ddd, d MMM yyyy") : null;
    }

    /// <summary>A <c>Label: value</c> line other than the title and authors.</summary>
    public static bool IsLabelled(string line) => Labels.Any(label => line.TrimStart().StartsWith(label, StringComparison.Ordinal));

    /// <summary>The value after <paramref name="label"/> (<c>Title:</c>, <c>Authors:</c>), or null.</summary>
    public static string? Labelled(string line, string label)
    {
        var text = line.Trim();
        return text.StartsWith(label, StringComparison.Ordinal) ? text[label.Length..].Trim() : null;
    }

    private static DateOnly? Parse(string text, string format) =>
        DateOnly.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
