using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.Markdown;

/// <summary>
/// Digests written as blog posts give each paper a heading (<c>## 1. Title</c>) and, on the next line, a short link to
/// its page (<c>[Read the paper](https://huggingface.co/papers/2604.16044)</c>). The heading's number is the digest's
/// rank, not part of the title. What follows is the digest's own summary (often machine-made or translated), never the
/// authors' abstract, so the abstract stays unknown.
/// </summary>
internal static partial class LinkedUnderHeading
{
    /// <summary>Longer link text is a title of its own (a digest's bold title under a section heading), not a pointer.</summary>
    private const int MaxPointerWords = 4;

    public static bool IsCardAt(IReadOnlyList<VisibleLine> lines, int index) =>
        index + 1 < lines.Count && lines[index] is { IsHeading: true, Links.Count: 0, Text.Length: > 0 } &&
        lines[index + 1] is { IsHeading: false, Links.Count: 1 } next && next.Text == next.Links[0].Text &&
        PaperLinks.IsPaperUrl(next.Links[0].Url) && ArxivId.FromUrl(next.Links[0].Url) is not null &&
        next.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxPointerWords;

    public static PaperCard Read(string file, IReadOnlyList<VisibleLine> lines, int heading)
    {
        var title = Rank().Replace(lines[heading].Text, "");
        var link = lines[heading + 1];
        return new PaperCard(Shown.At(title, new SourceLocation(file, lines[heading].Number)))
        {
            ArxivId = Shown.At(ArxivId.FromUrl(link.Links[0].Url)!, new SourceLocation(file, link.Number)),
        };
    }

    [GeneratedRegex(@"^\d{1,3}\.\s+")]
    private static partial Regex Rank();
}
