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
        var opensCard = CardOpener(lines, out var sections);
        var start = NextCard(lines, 0, opensCard);
        while (start < lines.Count)
        {
            var next = NextCard(lines, start + 1, opensCard);
            var end = lines[start].IsHeading ? next : SectionEnd(lines, start, next);
            cards.Add(lines[start].Links.Count > 0 ? ReadCard(file, lines, start, end, upvotes, diagnostics)
                : sections ? PaperSections.Read(file, lines, start)
                : ReadPlainCard(file, lines, start, end, diagnostics));
            start = next;
        }

        if (lines.FirstOrDefault(l => IsCardHeading(l) && l.Links[0].Url == LinkRepair.UnresolvedTarget) is { } lost)
        {
            diagnostics.Warning(DiagnosticIds.LinkReferenceMissing, new SourceLocation(file, lost.Number),
                "the reference links of this capture are not defined in it (the clip was cut off before the definitions at its end); the papers are kept without arXiv ids or upvote counts.");
        }

        return cards;
    }

    /// <summary>What opens a card in this capture: headings that link to a paper; else headings whose section points at one
    /// paper (a posted digest's "Read the paper"); else paragraphs that are one link to a paper (a digest's bold
    /// titles); else, on a papers page, bare headings over a card's body.</summary>
    private static Func<IReadOnlyList<VisibleLine>, int, bool> CardOpener(IReadOnlyList<VisibleLine> lines, out bool sections)
    {
        sections = false;
        if (lines.Any(IsCardHeading))
        {
            return (all, i) => IsCardHeading(all[i]);
        }

        if (PaperSections.Opener(lines) is { } opener)
        {
            sections = true;
            return opener;
        }

        if (lines.Any(IsTitleParagraph))
        {
            return (all, i) => IsTitleParagraph(all[i]) && (i == 0 || all[i - 1].Block != all[i].Block);
        }

        return PlainCardHeadings.IsPapersPage(lines.Select(l => l.Text)) ? PlainCardHeadings.IsCardAt : (_, _) => false;
    }

    /// <summary>A card under a bold title ends at the next heading: a digest's next section (its repositories, its
    /// videos) is no part of the last paper.</summary>
    private static int SectionEnd(IReadOnlyList<VisibleLine> lines, int start, int next)
    {
        for (var i = start + 1; i < next; i++)
        {
            if (lines[i].IsHeading)
            {
                return i;
            }
        }

        return next;
    }

    /// <summary>A line that is one link to a paper page and reads as a title (not a count or a button).</summary>
    private static bool IsTitleParagraph(VisibleLine line) =>
        !line.IsHeading && IsWholeLink(line) && PaperLinks.IsPaperUrl(line.Links[0].Url) && line.Text.Any(char.IsLetter) &&
        PaperLinks.UpvoteCount(line.Text) is null && !AuthorCount().IsMatch(line.Text) && WordCount(line.Text) >= 2;

    private static int NextCard(IReadOnlyList<VisibleLine> lines, int from, Func<IReadOnlyList<VisibleLine>, int, bool> opensCard)
    {
        while (from < lines.Count && !opensCard(lines, from))
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

        return ReadBody(file, lines, heading + 1, end, card, diagnostics);
    }

    /// <summary>A card whose heading is its bare title (<see cref="PlainCardHeadings"/>): no link, so no arXiv id and no
    /// upvote count can be known.</summary>
    private static PaperCard ReadPlainCard(string file, IReadOnlyList<VisibleLine> lines, int heading, int end, DiagnosticBag diagnostics)
    {
        var titleLines = PlainCardHeadings.TitleLines(lines, heading);
        var title = string.Join(' ', lines.Skip(heading).Take(titleLines).Select(l => l.Text));
        var card = new PaperCard(Shown.At(title, new SourceLocation(file, lines[heading].Number)));
        return ReadBody(file, lines, heading + titleLines, end, card, diagnostics);
    }

    /// <summary>The abstract and the byline under a card's title.</summary>
    private static PaperCard ReadBody(string file, IReadOnlyList<VisibleLine> lines, int index, int end, PaperCard card, DiagnosticBag diagnostics)
    {
        var location = card.Title.Location;
        for (; index < end && (IsNoise(lines[index].Text) || DigestLines.IsByline(lines[index].Text)); index++)
        {
            card = DigestLines.Read(card, lines[index].Text, new SourceLocation(file, lines[index].Number));
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
                $"'{Snippet.Of(card.Title.Value)}' has no abstract; the paper is kept without one.");
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
        if (DigestLines.IsByline(line.Text))
        {
            return DigestLines.Read(card, line.Text, location);
        }

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

            if (DateLine.TryParse(DateText(part), location, out var date, out _))
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
}
