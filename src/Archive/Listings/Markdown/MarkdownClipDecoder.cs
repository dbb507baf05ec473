using Markdig;
using Markdig.Syntax;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.Markdown;

/// <summary>
/// Markdown that web clippers and crawlers make of any Daily Papers view (a day, a week, a month, trending, a search):
/// each card a heading that links to the paper (<c>### [Title](https://huggingface.co/papers/…)</c> or by reference,
/// <c>### [Title][32]</c>), its abstract, byline and date, and upvote buttons that link back to the paper. Read through
/// Markdig's syntax tree (<see cref="VisibleText"/>) after <see cref="LinkRepair"/>; a capture kept inside a fenced
/// block (a notes tool's "web source" page) is read from inside the fence. A card the view renders twice is one card.
/// </summary>
internal sealed class MarkdownClipDecoder : IListingDecoder
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public ListingFormat Form => ListingFormat.MarkdownClip;

    /// <summary>A heading that opens a link (<c>### [</c>, its link closed on that line or the next), or a papers page
    /// whose cards are bare headings (<see cref="PlainCardHeadings"/>).</summary>
    public bool Recognizes(ListingText text) =>
        HasLinkedHeading(text.Lines) || HasBoldPaperLink(text.Lines) || HasPaperLinkUnderHeading(text.Lines) ||
        PlainCardHeadings.MayHoldCards(text.Lines);

    /// <summary>A heading, and further down before the next heading of its level, a line that is one short link to a
    /// paper page (<c>[Read the paper](https://huggingface.co/papers/…)</c>).</summary>
    private static bool HasPaperLinkUnderHeading(IReadOnlyList<string> lines)
    {
        var inSection = false;
        foreach (var line in lines)
        {
            if (line.StartsWith('#'))
            {
                inSection = true;
            }
            else if (inSection && line.StartsWith('[') && line.TrimEnd().EndsWith(')') && IsPaperLinkEnd(line) && line.IndexOf("](", StringComparison.Ordinal) < 60)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A digest's bold title that links to a paper page: <c>**[Title](https://huggingface.co/papers/…)**</c>,
    /// the link perhaps wrapped onto the next line.</summary>
    private static bool HasBoldPaperLink(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("**[", StringComparison.Ordinal) &&
                (IsPaperLinkEnd(lines[i]) || (i + 1 < lines.Count && IsPaperLinkEnd(lines[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPaperLinkEnd(string line) => line.Contains("](https://huggingface.co/papers/", StringComparison.Ordinal);

    private static bool HasLinkedHeading(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].AsSpan().TrimStart();
            if (line.Length > 2 && line[0] == '#' && line.TrimStart('#').TrimStart().StartsWith("[") &&
                (Closes(line) || (i + 1 < lines.Count && Closes(lines[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var end = TruncationEnd(text, diagnostics);
        var cards = Read(text.File, text.Lines.Take(end).ToList(), 0, 0, diagnostics);
        cards.Sort((a, b) => a.Location.Line.CompareTo(b.Location.Line));
        if (end < text.Lines.Count && cards.Count > 0)
        {
            diagnostics.Warning(DiagnosticIds.EntryCutOff, cards[^1].Location,
                $"'{Snippet.Of(cards[^1].Title.Value)}' is the last paper before the capture was cut off; it is kept with what was saved of it.");
        }

        var firstCard = cards.Count > 0 ? cards.Min(c => c.Location.Line) - 1 : end;
        return new DecodedCapture(Form, CaptureHeader.Find(text, firstCard), RepeatedCards.Merge(cards));
    }

    /// <summary>Fences inside fences are read down to this depth (a stray fence line opens one more).</summary>
    private const int MaxFenceDepth = 3;

    /// <summary>The cards of <paramref name="source"/> (lines of the file from <paramref name="offset"/> on) and of the
    /// fenced blocks in it that hold card headings, with the file's line numbers.</summary>
    private static List<PaperCard> Read(string file, IReadOnlyList<string> source, int offset, int depth, DiagnosticBag diagnostics)
    {
        var lines = LinkRepair.Repair(source);
        var document = Parse(lines);
        var cards = ClipCards.Read(file, VisibleText.Of(document, offset), diagnostics);
        if (depth >= MaxFenceDepth)
        {
            return cards;
        }

        foreach (var fence in document.Descendants<FencedCodeBlock>())
        {
            var first = fence.Line + 1;
            var inner = lines.Skip(first).Take(fence.Lines.Count).ToList();
            if (inner.Any(l => l.TrimStart().StartsWith('#')))
            {
                cards.AddRange(Read(file, inner, offset + first, depth + 1, diagnostics));
            }
        }

        return cards;
    }

    /// <summary>The syntax tree; reference labels the capture lost get a target that leads nowhere, after its last line
    /// (and after the fence a cut-off capture leaves open, or they would be code).</summary>
    private static MarkdownDocument Parse(string[] lines)
    {
        var missing = LinkRepair.MissingDefinitions(lines).ToList();
        IEnumerable<string> text = lines;
        if (missing.Count > 0)
        {
            text = lines.Concat(LinkRepair.OpenFenceCloser(lines) is { } closer ? ["", closer, ""] : [""]).Concat(missing);
        }

        return Markdig.Markdown.Parse(string.Join('\n', text), Pipeline);
    }

    /// <summary>Where the capture ends: at a clipper's truncation note (reported), or the end of the file.</summary>
    private static int TruncationEnd(ListingText text, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < text.Lines.Count; i++)
        {
            if (TruncationMarker.IsMarker(text.Lines[i]))
            {
                diagnostics.Warning(DiagnosticIds.CaptureTruncated, new SourceLocation(text.File, i + 1),
                    $"the capture was cut off here ('{Snippet.Of(text.Lines[i].Trim())}'); papers after this point were not saved. Save the page again to get them.");
                return i;
            }
        }

        return text.Lines.Count;
    }

    private static bool Closes(ReadOnlySpan<char> line) => line.Contains("](", StringComparison.Ordinal) || line.Contains("][", StringComparison.Ordinal);
}
