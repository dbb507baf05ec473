using System.Text.RegularExpressions;

namespace PaperArchive.Listings.Markdown;

/// <summary>What the lines of a clipped card are: prose, a byline mark, a whole link, the noise a clipper leaves.</summary>
internal static partial class ClipCards
{
    /// <summary>A line that is one link and nothing else: in a byline, the organisation's card (or a button).</summary>
    private static bool IsWholeLink(VisibleLine line) => line.Links.Count == 1 && line.Text == line.Links[0].Text;

    private static bool EndsByline(VisibleLine line) =>
        line.Text.StartsWith("Submitted by", StringComparison.Ordinal) || line.Links.Any(l => PaperLinks.UpvotedPaper(l.Url) is not null);

    internal static bool StartsWithAuthorCount(string line) => AuthorCount().IsMatch(line.TrimStart());

    /// <summary>A line that only a card's byline has: an author count, or a date.</summary>
    internal static bool IsBylineMark(VisibleLine line) =>
        line.Text.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(part => AuthorCount().IsMatch(part) || DateLine.TryParse(DateText(part), default, out _, out _));

    /// <summary>The date of a byline part: <c>Feb 12</c>, or <c>Published on Mar 6, 2024</c> without its words.</summary>
    private static string DateText(string part) =>
        part.StartsWith("Published on ", StringComparison.OrdinalIgnoreCase) ? part["Published on ".Length..] : part;

    /// <summary>Prose: a line of several words that is not a byline, a button or a submitter's note.</summary>
    internal static bool IsProse(VisibleLine line) =>
        WordCount(line.Text) >= 4 && !DigestLines.IsByline(line.Text) && !AuthorCount().IsMatch(line.Text) && !line.Text.StartsWith("Submitted by", StringComparison.Ordinal) &&
        !line.Links.Any(l => PaperLinks.IsProfileUrl(l.Url) || PaperLinks.UpvotedPaper(l.Url) is not null) &&
        !DateLine.TryParse(line.Text, default, out _, out _);

    /// <summary>Leftovers of links a clipper split over lines (<c>[</c>, <c>][34]</c>) and avatar placeholders.</summary>
    private static bool IsNoise(string text) =>
        text.Length == 0 || text[0] == ']' || text == "[" || text == "-" || (text[0] == '[' && text[^1] == ']' && text.IndexOf(']') == text.Length - 1);

    /// <summary>The name without the avatar a tool wrote down as text before it: <c>[图片：kandinskylab] Kandinsky Lab</c>, <c>[SUDA] Soochow University</c>.</summary>
    internal static string WithoutAvatar(string text)
    {
        var t = text.Trim();
        if (t.StartsWith('[') && t.IndexOf(']') is var close and > 0)
        {
            t = t[(close + 1)..].Trim();
        }

        return t;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^[\-*•]?\s*(\d{1,5})\s+authors?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorCount();
}
