namespace PaperArchive.Listings.BrowserCopy;

/// <summary>
/// The chrome the Daily Papers page puts above the entries ("new", "Subscribe", "Daily Papers", ...), and the
/// capture date under it. Copying the page sometimes glues "Subscribe" to the first title, so that prefix is cut.
/// </summary>
internal sealed record PageHeader(TextLine? CaptureDate, int BodyStart, TextLine? GluedFirstLine)
{
    private const string Subscribe = "Subscribe";

    private static readonly HashSet<string> ChromeLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "new",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
        Subscribe,
        "Daily Papers",
        "byAK and the research community",
    };

    /// <summary>True when the line is page chrome rather than content.</summary>
    public static bool IsChrome(string line) => ChromeLines.Contains(line.Trim());

    /// <summary>Finds where the entries start: <see cref="BodyStart"/> is the 0-based index of the first line after the
    /// header, and <see cref="GluedFirstLine"/> holds the first title when it was glued to "Subscribe".</summary>
    public static PageHeader Read(IReadOnlyList<string> lines)
    {
        var index = 0;
        var sawChrome = false;
        var skipped = 0;
        while (index < lines.Count)
        {
            var line = lines[index];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || IsChrome(trimmed))
            {
                sawChrome |= trimmed.Length > 0;
                index++;
                continue;
            }

            // A damaged chrome line ("n", "Get trending papers in your em") above real chrome is chrome too:
            // a copy that started mid-word must not hide the header, and with it the whole listing.
            if (!sawChrome && skipped < MaxDamagedLines && NextFilledIsChrome(lines, index + 1))
            {
                skipped++;
                index++;
                continue;
            }

            if (sawChrome && line.StartsWith(Subscribe, StringComparison.Ordinal) && line.Length > Subscribe.Length)
            {
                var glued = new TextLine(line[Subscribe.Length..], index + 1, Subscribe.Length + 1);
                return new PageHeader(null, index + 1, glued);
            }

            if (sawChrome && DateLine.IsBareDate(trimmed))
            {
                return new PageHeader(new TextLine(trimmed, index + 1), index + 1, null);
            }

            break;
        }

        return new PageHeader(null, index, null);
    }

    private const int MaxDamagedLines = 2;

    private static bool NextFilledIsChrome(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return IsChrome(lines[i]);
            }
        }

        return false;
    }
}
