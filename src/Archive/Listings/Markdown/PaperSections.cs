using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.Markdown;

/// <summary>
/// Digests written as posts give each paper a section: a heading (<c>## 1. Title</c>) and, somewhere in the section, one
/// short link to the paper's page (<c>[Read the paper](https://huggingface.co/papers/2604.16044)</c> under the heading,
/// or <c>[到 Huggingface 论文主页查看详情](…)</c> at its end). Such a heading is a paper when its section, down to the next
/// heading of its level or above, points at exactly one paper; only headings of the highest level that do so are
/// papers (a section's own sub-headings also contain its link). A leading rank (<c>1. </c>) is the digest's, not the
/// title's. The section's text is the digest's summary (often machine-made or translated), never the authors'
/// abstract, so the abstract stays unknown.
/// </summary>
internal static partial class PaperSections
{
    /// <summary>Longer link text is a title of its own (a digest's bold title under a section heading), not a pointer.</summary>
    private const int MaxPointerWords = 4;

    /// <summary>The test for this capture's card headings, or null when no heading points at one paper.</summary>
    public static Func<IReadOnlyList<VisibleLine>, int, bool>? Opener(IReadOnlyList<VisibleLine> lines)
    {
        var levels = Enumerable.Range(0, lines.Count).Where(i => PointerOf(lines, i) is not null).Select(i => lines[i].Level).ToList();
        if (levels.Count == 0)
        {
            return null;
        }

        var level = levels.Min();
        return (all, i) => all[i].Level == level && PointerOf(all, i) is not null;
    }

    public static PaperCard Read(string file, IReadOnlyList<VisibleLine> lines, int heading)
    {
        var pointer = PointerOf(lines, heading)!;
        return new PaperCard(Shown.At(Rank().Replace(lines[heading].Text, ""), new SourceLocation(file, lines[heading].Number)))
        {
            ArxivId = Shown.At(ArxivId.FromUrl(pointer.Links[0].Url)!, new SourceLocation(file, pointer.Number)),
        };
    }

    /// <summary>The one line of the heading's section that points at a paper, or null.</summary>
    private static VisibleLine? PointerOf(IReadOnlyList<VisibleLine> lines, int index)
    {
        if (lines[index] is not { IsHeading: true, Links.Count: 0, Text.Length: > 0 } heading)
        {
            return null;
        }

        VisibleLine? found = null;
        for (var i = index + 1; i < lines.Count && !(lines[i].IsHeading && lines[i].Level <= heading.Level); i++)
        {
            if (IsPointer(lines[i]))
            {
                if (found is not null && ArxivId.FromUrl(found.Links[0].Url) != ArxivId.FromUrl(lines[i].Links[0].Url))
                {
                    return null;
                }

                found ??= lines[i];
            }
        }

        return found;
    }

    private static bool IsPointer(VisibleLine line) =>
        !line.IsHeading && line.Links.Count == 1 && line.Text == line.Links[0].Text &&
        PaperLinks.IsPaperUrl(line.Links[0].Url) && ArxivId.FromUrl(line.Links[0].Url) is not null &&
        line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxPointerWords;

    [GeneratedRegex(@"^\d{1,3}\.\s+")]
    private static partial Regex Rank();
}
