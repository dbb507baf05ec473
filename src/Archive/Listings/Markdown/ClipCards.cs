using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.Markdown;

/// <summary>
/// Reads the Daily Papers cards from the visible lines of a Markdown capture. A card starts at a heading that links
/// to a paper page; its abstract is the first block of prose under it; then come the byline (an author count, or the
/// organisation's profile link with its avatar text removed), the <c>·</c>, and the date (<c>Feb 12</c>,
/// <c>Published on Mar 6, 2024</c>). Upvotes are read from the upvote buttons wherever they stand, by the paper they
/// link back to: a clipper may write a card's button before its heading or after its date.
/// </summary>
internal static partial class ClipCards
{
    /// <summary>A heading that is one link to a paper (a heading with more text, "by AK and the research community", is none).</summary>
    public static bool IsCardHeading(VisibleLine line) =>
        line.IsHeading && line.Links.Count > 0 && line.Links[0].Text.Length > 0 && line.Text == line.Links[0].Text &&
        (PaperLinks.IsPaperUrl(line.Links[0].Url) || line.Links[0].Url == LinkRepair.UnresolvedTarget);

    public static List<PaperCard> Read(string file, IReadOnlyList<VisibleLine> lines, DiagnosticBag diagnostics)
    {
        var upvotes = Upvotes(file, lines);
        var cards = new List<PaperCard>();
        var start = NextCard(lines, 0);
        while (start < lines.Count)
        {
            var next = NextCard(lines, start + 1);
            cards.Add(ReadCard(file, lines, start, next, upvotes, diagnostics));
            start = next;
        }

        if (lines.FirstOrDefault(l => IsCardHeading(l) && l.Links[0].Url == LinkRepair.UnresolvedTarget) is { } lost)
        {
            diagnostics.Warning(DiagnosticIds.LinkReferenceMissing, new SourceLocation(file, lost.Number),
                "the reference links of this capture are not defined in it (the clip was cut off before the definitions at its end); the papers are kept without arXiv ids or upvote counts.");
        }

        return cards;
    }

    private static int NextCard(IReadOnlyList<VisibleLine> lines, int from)
    {
        while (from < lines.Count && !IsCardHeading(lines[from]))
        {
            from++;
        }

        return from;
    }

    private static PaperCard ReadCard(string file, IReadOnlyList<VisibleLine> lines, int heading, int end, Dictionary<string, Shown<int>> upvotes, DiagnosticBag diagnostics)
    {
        var titleLine = lines[heading];
        var location = new SourceLocation(file, titleLine.Number);
        var link = titleLine.Links[0];
        var id = link.Url == LinkRepair.UnresolvedTarget ? null : PaperLinks.ArxivIdOf(link.Url, null, location, diagnostics);
        var card = new PaperCard(Shown.At(link.Text, location))
        {
            ArxivId = id is null ? null : Shown.At(id, location),
            Upvotes = id is not null && upvotes.TryGetValue(id, out var count) ? count : null,
        };

        var index = heading + 1;
        while (index < end && IsNoise(lines[index].Text))
        {
            index++;
        }

        if (index < end && IsProse(lines[index]))
        {
            var block = lines[index].Block;
            var first = lines[index];
            var text = new List<string>();
            for (; index < end && lines[index].Block == block && (text.Count == 0 || !IsWholeLink(lines[index])) && !IsNoise(lines[index].Text); index++)
            {
                text.Add(lines[index].Text);
            }

            card = card with { Abstract = Shown.At(string.Join(' ', text), new SourceLocation(file, first.Number)) };
        }
        else
        {
            diagnostics.Warning(DiagnosticIds.TitleWithoutAbstract, location,
                $"'{Snippet.Of(link.Text)}' has no abstract; the paper is kept without one.");
        }

        // The byline ends at the date; a submitter's note or an upvote button after it belongs to no byline.
        for (; index < end && card.Published is null && !EndsByline(lines[index]); index++)
        {
            card = ReadByline(file, lines[index], card);
        }

        return card;
    }

    /// <summary>One line of the byline: author count, organisation, separator and date, in any combination.</summary>
    private static PaperCard ReadByline(string file, VisibleLine line, PaperCard card)
    {
        var location = new SourceLocation(file, line.Number);
        var organization = line.Links.Where(l => PaperLinks.IsProfileUrl(l.Url) || (l.Url == LinkRepair.UnresolvedTarget && IsWholeLink(line)))
            .Select(l => WithoutAvatar(l.Text))
            .FirstOrDefault(t => t.Length > 0 && !AuthorCount().IsMatch(t) && !t.All(c => char.IsAsciiDigit(c) || c == '-'));
        if (organization is not null && card.Organization is null && card.AuthorCount is null)
        {
            card = card with { Organization = Shown.At(organization, location) };
        }

        foreach (var part in line.Text.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var authors = AuthorCount().Match(part);
            if (authors.Success && card.AuthorCount is null && card.Organization is null)
            {
                card = card with { AuthorCount = Shown.At(int.Parse(authors.Groups[1].Value), location) };
                continue;
            }

            var dateText = part.StartsWith("Published on ", StringComparison.OrdinalIgnoreCase) ? part["Published on ".Length..] : part;
            if (DateLine.TryParse(dateText, location, out var date, out _))
            {
                card = card with { Published = date };
            }
        }

        return card;
    }

    /// <summary>The counts of the upvote buttons by the paper they count for; a button showing <c>-</c> has none.</summary>
    private static Dictionary<string, Shown<int>> Upvotes(string file, IReadOnlyList<VisibleLine> lines)
    {
        var upvotes = new Dictionary<string, Shown<int>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var link in line.Links)
            {
                if (PaperLinks.UpvotedPaper(link.Url) is { } id && PaperLinks.UpvoteCount(link.Text) is { } count)
                {
                    upvotes.TryAdd(id, Shown.At(count, new SourceLocation(file, line.Number)));
                }
            }
        }

        return upvotes;
    }

    /// <summary>A line that is one link and nothing else: in a byline, the organisation's card (or a button).</summary>
    private static bool IsWholeLink(VisibleLine line) => line.Links.Count == 1 && line.Text == line.Links[0].Text;

    private static bool EndsByline(VisibleLine line) =>
        line.Text.StartsWith("Submitted by", StringComparison.Ordinal) || line.Links.Any(l => PaperLinks.UpvotedPaper(l.Url) is not null);

    /// <summary>Prose: a line of several words that is not a byline, a button or a submitter's note.</summary>
    private static bool IsProse(VisibleLine line) =>
        WordCount(line.Text) >= 4 && !AuthorCount().IsMatch(line.Text) && !line.Text.StartsWith("Submitted by", StringComparison.Ordinal) &&
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
