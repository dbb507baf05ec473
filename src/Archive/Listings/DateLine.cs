using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Reads Hugging Face's date lines: <c>Feb 12</c>, <c>Mar 6, 2024</c>, and either followed by the upvote count
/// (<c>Mar 6, 2024 1</c>, <c>Jun 2 2</c>). The year is only ever written after a comma, so a trailing number
/// without one is the upvote count.
/// </summary>
public static partial class DateLine
{
    public static readonly string[] MonthNames =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool TryParse(string line, SourceLocation location, out PartialDate date, out int? upvotes)
    {
        date = default;
        upvotes = null;
        var match = Pattern().Match(line.Trim());
        if (!match.Success || MonthOf(match.Groups["month"].ValueSpan) is not { } month)
        {
            return false;
        }

        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].ValueSpan) : null;
        date = new PartialDate(month, int.Parse(match.Groups["day"].ValueSpan), year, location);
        upvotes = match.Groups["upvotes"].Success ? int.Parse(match.Groups["upvotes"].ValueSpan) : null;
        return true;
    }

    /// <summary>True for a line that is only a month and a day (and maybe a year): the capture date under a page header.</summary>
    public static bool IsBareDate(string line) =>
        TryParse(line, default, out _, out var upvotes) && upvotes is null;

    private static int? MonthOf(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        for (var index = 0; index < MonthNames.Length; index++)
        {
            if (name.StartsWith(MonthNames[index], StringComparison.OrdinalIgnoreCase))
            {
                return FullMonthNames[index].AsSpan().StartsWith(name, StringComparison.OrdinalIgnoreCase) ? index + 1 : null;
            }
        }

        return null;
    }

    private static readonly string[] FullMonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?(?:\s+(?<upvotes>\d{1,7}))?$")]
    private static partial Regex Pattern();
}
