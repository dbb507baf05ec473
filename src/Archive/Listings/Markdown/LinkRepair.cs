namespace PaperArchive.Listings.Markdown;

/// <summary>
/// Clippers and crawlers write the page's links the way the page nests them, which CommonMark does not always read
/// as links: a card's whole abstract or upvote button is one link whose text holds blank lines (<c>[Upvote\n\n117](…)</c>,
/// <c>[\n\nabstract\n\n][33]</c>), and a long title wraps out of its heading (<c>### [Efficient … with\nPagedAttention](…)</c>).
/// Before Markdig reads the text, a blank line inside an open bracket becomes a no-break space (a paragraph line to
/// Markdown, nothing to a reader) and a heading's continuation line joins the heading. Line numbers never move.
/// </summary>
internal static class LinkRepair
{
    /// <summary>An unclosed bracket this many lines long is a stray bracket, not a link.</summary>
    private const int MaxLinkLines = 120;

    private const string NoBreakSpace = "\u00A0";

    /// <summary>The target given to a reference link whose definition the capture lost (clips cut off before them).</summary>
    public const string UnresolvedTarget = "#unresolved-reference";

    /// <summary>Definitions, to append after the text, for the reference labels (<c>][32]</c>) the text uses but never
    /// defines: Markdig then still reads <c>[Title][32]</c> as a link, one that leads nowhere.</summary>
    public static IEnumerable<string> MissingDefinitions(IReadOnlyList<string> lines)
    {
        var defined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var used = new List<string>();
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith('[') && trimmed.IndexOf("]:", StringComparison.Ordinal) is var colon and > 1)
            {
                defined.Add(trimmed[1..colon]);
            }

            for (var at = line.IndexOf("][", StringComparison.Ordinal); at >= 0; at = line.IndexOf("][", at + 2, StringComparison.Ordinal))
            {
                var close = line.IndexOf(']', at + 2);
                if (close > at + 2)
                {
                    used.Add(line[(at + 2)..close]);
                }
            }
        }

        return used.Where(label => !defined.Contains(label)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(label => $"[{label}]: {UnresolvedTarget}");
    }

    public static string[] Repair(IReadOnlyList<string> lines)
    {
        var repaired = lines.ToArray();
        for (var i = 0; i < repaired.Length; i++)
        {
            var depth = Depth(repaired[i]);
            if (depth <= 0 || IsFence(repaired[i]))
            {
                continue;
            }

            var end = Closing(repaired, i, depth);
            if (end < 0)
            {
                continue;
            }

            if (IsHeading(repaired[i]))
            {
                // A heading is one line: the wrapped rest of its title moves up into it.
                repaired[i] = repaired[i].TrimEnd() + " " + string.Join(' ', repaired[(i + 1)..(end + 1)].Select(l => l.Trim()).Where(l => l.Length > 0));
                for (var k = i + 1; k <= end; k++)
                {
                    repaired[k] = string.Empty;
                }
            }
            else
            {
                for (var k = i + 1; k < end; k++)
                {
                    if (repaired[k].Trim().Length == 0)
                    {
                        repaired[k] = NoBreakSpace;
                    }
                }
            }

            i = end;
        }

        return repaired;
    }

    /// <summary>The line that closes the fence the text leaves open at its end (a capture cut off inside one), or null.</summary>
    public static string? OpenFenceCloser(IReadOnlyList<string> lines)
    {
        string? open = null;
        foreach (var line in lines)
        {
            var t = line.TrimStart();
            if (open is null && IsFence(line))
            {
                open = t[..3];
            }
            else if (open is not null && t.StartsWith(open, StringComparison.Ordinal) && t.Trim().Trim(open[0]).Length == 0)
            {
                open = null;
            }
        }

        return open;
    }

    /// <summary>The index of the line that closes the brackets opened so far, or -1 when none does soon enough.</summary>
    private static int Closing(string[] lines, int start, int depth)
    {
        for (var k = start + 1; k < lines.Length && k <= start + MaxLinkLines; k++)
        {
            if (IsHeading(lines[k]) || IsFence(lines[k]))
            {
                return -1;
            }

            depth += Depth(lines[k]);
            if (depth <= 0)
            {
                return lines[k].Contains("](", StringComparison.Ordinal) || lines[k].Contains("][", StringComparison.Ordinal) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>Opening minus closing brackets on a line, escaped ones not counted.</summary>
    private static int Depth(string line)
    {
        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    depth--;
                    break;
            }
        }

        return depth;
    }

    private static bool IsHeading(string line) => line.TrimStart().StartsWith('#');

    private static bool IsFence(string line)
    {
        var t = line.TrimStart();
        return t.StartsWith("```", StringComparison.Ordinal) || t.StartsWith("~~~", StringComparison.Ordinal);
    }
}
