namespace PaperArchive.Listings.Markdown;

/// <summary>
/// Some crawlers keep a card's title as a bare heading and drop every link to the paper (<c>### Agent Lightning: …</c>,
/// its summary, <c>- 8 authors</c>, <c>[LINK: GitHub 11.3k](…)</c>). Such a heading is a card only on a page that says it
/// is a Hugging Face papers view and only when a card's body follows it: prose and a byline mark (an author count, a
/// date, or the card's GitHub button). The page's own headings ("Trending Papers", "by AK and the research community")
/// have no body and stay what they are.
/// </summary>
internal static class PlainCardHeadings
{
    private static readonly string[] PageSignatures =
    [
        "Daily Papers", "Trending Papers", "Get trending papers in your email inbox", "by AK and the research community",
    ];

    /// <summary>True when the capture's own words say it is a Hugging Face papers view.</summary>
    public static bool IsPapersPage(IEnumerable<string> lines) =>
        lines.Any(line => PageSignatures.Any(s => line.Contains(s, StringComparison.Ordinal)));

    /// <summary>For recognising the form from raw lines: a papers page with a heading of level two or deeper whose next
    /// lines, before another heading, hold an author count or a GitHub button (a level-one heading is a page title).</summary>
    public static bool MayHoldCards(IReadOnlyList<string> lines)
    {
        if (!IsPapersPage(lines))
        {
            return false;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith("##", StringComparison.Ordinal))
            {
                continue;
            }

            for (var j = i + 1; j < lines.Count && j <= i + 40 && !lines[j].StartsWith('#'); j++)
            {
                if (ClipCards.StartsWithAuthorCount(lines[j]) || lines[j].Contains("](https://github.com/", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A heading without links that opens a card's body before the next heading.</summary>
    public static bool IsCardAt(IReadOnlyList<VisibleLine> lines, int index)
    {
        var heading = lines[index];
        if (!heading.IsHeading || heading.Links.Count > 0 || heading.Text.Length == 0)
        {
            return false;
        }

        var prose = false;
        var byline = false;
        for (var i = index + 1; i < lines.Count && !lines[i].IsHeading; i++)
        {
            prose |= ClipCards.IsProse(lines[i]);
            byline |= ClipCards.IsBylineMark(lines[i]) || IsGitHubButton(lines[i]);
        }

        return prose && byline;
    }

    /// <summary>The lines of the title: the heading, and a line the crawler kept from a title wrapped in the paper's
    /// metadata (arXiv wraps long titles; the next line, with no blank line between, is a paragraph of its own).</summary>
    public static int TitleLines(IReadOnlyList<VisibleLine> lines, int heading) =>
        heading + 2 < lines.Count && lines[heading + 1] is { IsHeading: false, Links.Count: 0 } next &&
        next.Number == lines[heading].Number + 1 && lines[heading + 2].Block != next.Block &&
        next.Text.Length > 0 && !next.Text.EndsWith('.') && !ClipCards.IsBylineMark(next) && WordCount(next.Text) <= 12
            ? 2
            : 1;

    private static bool IsGitHubButton(VisibleLine line) =>
        line.Links.Count == 1 && Uri.TryCreate(line.Links[0].Url, UriKind.Absolute, out var uri) &&
        uri.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase) && line.Links[0].Text.Contains("GitHub", StringComparison.Ordinal);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
