using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.Markdown;

/// <summary>
/// The page saved as Markdown by a web clipper: a capture header (source URL, capture time), the site's navigation,
/// then one entry per heading link (<c>### [Title][12]</c> or <c>### [Title](https://huggingface.co/papers/...)</c>):
/// the abstract wrapped in a link (maybe hard-wrapped), the author count or organisation, <c>·</c>, the date and
/// the upvote count, each in link text. Reference-link definitions and a truncation marker may close the file.
/// </summary>
public sealed partial class MarkdownClipDecoder : IListingDecoder
{
    public ListingFormat Form => ListingFormat.MarkdownClip;

    public bool Recognizes(ListingText text) => text.Lines.Any(IsHeadingLink);

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var lines = text.Lines;
        var references = MarkdownLinks.References(lines);
        var headings = Enumerable.Range(0, lines.Count).Where(i => IsHeadingLink(lines[i])).ToList();
        var captured = CaptureHeader.Find(text, headings.Count > 0 ? headings[0] : lines.Count);
        var end = FindEnd(text, diagnostics);

        var entries = new List<PaperCard>();
        for (var k = 0; k < headings.Count && headings[k] < end; k++)
        {
            var stop = k + 1 < headings.Count ? Math.Min(headings[k + 1], end) : end;
            entries.Add(ReadEntry(text, headings[k], stop, references, stop == end && end < lines.Count, diagnostics));
        }

        return new DecodedCapture(Form, captured, entries);
    }

    /// <summary>The cheap test first: almost no line of a listing starts with a heading mark.</summary>
    private static bool IsHeadingLink(string line) => line.TrimStart().StartsWith('#') && HeadingLink().IsMatch(line);

    /// <summary>The 0-based index where the entries end: a truncation marker (reported) or the end of the file.</summary>
    private static int FindEnd(ListingText text, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < text.Lines.Count; i++)
        {
            if (TruncationMarker.IsMarker(text.Lines[i]))
            {
                diagnostics.Warning(DiagnosticIds.CaptureTruncated, new SourceLocation(text.File, i + 1),
                    $"the capture was cut off here ('{text.Lines[i].Trim()}'); papers after this point were not saved. Save the page again to get them.");
                return i;
            }
        }

        return text.Lines.Count;
    }

    private static PaperCard ReadEntry(ListingText text, int heading, int stop, Dictionary<string, string> references, bool cutOff, DiagnosticBag diagnostics)
    {
        var file = text.File;
        var titleLine = new TextLine(text.Lines[heading], heading + 1);
        MarkdownLinks.TryUnwrap(HeadingMarks().Replace(titleLine.Text.Trim(), string.Empty), out var linkText, out var url, out var label);
        var title = MarkdownLinks.PlainText(linkText);
        var arxivId = PaperLinks.ArxivIdOf(url ?? (label is null ? null : references.GetValueOrDefault(label)), label, titleLine.LocationIn(file), diagnostics);

        var paragraphs = Paragraphs(text.Lines, heading + 1, stop);
        string abstractText = string.Empty;
        var metadataStart = 0;
        if (paragraphs.Count > 0 && !IsMetadataParagraph(paragraphs[0]))
        {
            abstractText = ReadAbstract(file, paragraphs[0], cutOff && paragraphs.Count == 1, diagnostics);
            metadataStart = 1;
        }
        else
        {
            diagnostics.Warning(DiagnosticIds.TitleWithoutAbstract, titleLine.LocationIn(file),
                $"'{Snippet.Of(title)}' has no abstract; the paper is kept without one.");
        }

        var metadata = new MetadataCollector(file, diagnostics);
        foreach (var line in paragraphs.Skip(metadataStart).SelectMany(p => p))
        {
            foreach (var item in line.Text.Split(" · "))
            {
                metadata.Add(LinkText(item), line);
            }
        }

        var card = new PaperCard(Shown.At(title, titleLine.LocationIn(file)))
        {
            Abstract = abstractText.Length == 0 ? null : Shown.At(abstractText, titleLine.LocationIn(file)),
            ArxivId = arxivId is null ? null : Shown.At(arxivId, titleLine.LocationIn(file)),
        };
        return metadata.Result?.ApplyTo(card) ?? card;
    }

    private static string ReadAbstract(string file, IReadOnlyList<TextLine> paragraph, bool atCut, DiagnosticBag diagnostics)
    {
        var joined = string.Join(' ', paragraph.Select(l => l.Text.Trim()));
        if (MarkdownLinks.TryUnwrap(joined, out var inner, out _, out _))
        {
            return MarkdownLinks.PlainText(inner);
        }

        if (joined.StartsWith('[') || atCut)
        {
            diagnostics.Warning(DiagnosticIds.EntryCutOff, paragraph[0].LocationIn(file),
                "this abstract is cut off (its link never closes); the paper is kept with the text that was saved.");
            return MarkdownLinks.PlainText(joined.TrimStart('['));
        }

        return MarkdownLinks.PlainText(joined);
    }

    private static bool IsMetadataParagraph(IReadOnlyList<TextLine> paragraph) =>
        paragraph.All(line => line.Text.Split(" · ").All(item => MetadataCollector.IsMetadata(LinkText(item))));

    private static string LinkText(string item)
    {
        MarkdownLinks.TryUnwrap(MarkdownLinks.WithoutBullet(item), out var inner, out _, out _);
        return MarkdownLinks.PlainText(inner);
    }

    /// <summary>Blank-line separated paragraphs between <paramref name="start"/> and <paramref name="stop"/>, without link definitions.</summary>
    private static List<List<TextLine>> Paragraphs(IReadOnlyList<string> lines, int start, int stop)
    {
        var paragraphs = new List<List<TextLine>>();
        var current = new List<TextLine>();
        for (var i = start; i < stop; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || MarkdownLinks.IsDefinition(line) || ThematicBreak().IsMatch(line))
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(new TextLine(line, i + 1));
        }

        if (current.Count > 0)
        {
            paragraphs.Add(current);
        }

        return paragraphs;
    }

    // Non-backtracking: a backtracking engine goes quadratic on a long line like "### [](a](a](a...".
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*\[.+\](?:\([^\s)]*(?:\s+""[^""]*"")?\)|\[[^\]]*\])\s*#*\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex HeadingLink();

    [GeneratedRegex(@"^#{1,6}\s*|\s+#+$")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^(?:\*\s*){3,}$|^(?:-\s*){3,}$|^(?:_\s*){3,}$")]
    private static partial Regex ThematicBreak();
}
