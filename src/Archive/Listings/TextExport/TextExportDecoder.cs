using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.TextExport;

/// <summary>
/// A page exported as plain text (note-taking tools' web-page sources, read-later apps): YAML front matter
/// (<c>url:</c>, <c>exported:</c>), then the page's text with every link's URL on a line of its own after the link's
/// text (<c>Title</c> / <c>https://huggingface.co/papers/2410.05434</c>), upvote buttons as <c>[-] 19</c>, and the
/// page's menus and footer around the cards. A link the exporter kept as Markdown (<c>[</c> / <c>2 authors](…)</c>)
/// is read as its text and URL.
/// </summary>
internal sealed partial class TextExportDecoder : IListingDecoder
{
    public ListingFormat Form => ListingFormat.PlainTextExport;

    public bool Recognizes(ListingText text) =>
        (FrontMatterEnd(text.Lines) is { } end && text.Lines.Take(end).Any(l => ExportKey().IsMatch(l)) && HasBareUrls(text.Lines))
        || text.Lines.Any(l => UpvoteLine().IsMatch(l));

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var items = Items(text, FrontMatterEnd(text.Lines) ?? 0, diagnostics);
        var cards = ExportCards.Read(text.File, items, diagnostics);
        var firstCard = cards.Count > 0 ? cards[0].Location.Line - 1 : text.Lines.Count;
        return new DecodedCapture(Form, CaptureHeader.Find(text, firstCard), cards);
    }

    /// <summary>The texts of the export, each with the URL that follows it; stops at a truncation marker.</summary>
    private static List<ExportItem> Items(ListingText text, int start, DiagnosticBag diagnostics)
    {
        var items = new List<ExportItem>();
        for (var i = start; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i].Trim();
            if (line.Length == 0 || line == "[" || BareUrl().IsMatch(line))
            {
                continue;
            }

            if (TruncationMarker.IsMarker(line))
            {
                diagnostics.Warning(DiagnosticIds.CaptureTruncated, new SourceLocation(text.File, i + 1),
                    $"the export was cut off here ('{line}'); papers after this point were not saved. Export the page again to get them.");
                break;
            }

            items.Add(MarkdownTail(line, i + 1) ?? new ExportItem(new TextLine(line, i + 1), UrlAfter(text.Lines, i)));
        }

        return items;
    }

    /// <summary>The end of a link the exporter kept in Markdown, <c>2 authors](https://…)</c>: its text and URL.</summary>
    private static ExportItem? MarkdownTail(string line, int number)
    {
        var close = line.LastIndexOf("](", StringComparison.Ordinal);
        if (close <= 0 || !line.EndsWith(')') || !BareUrl().IsMatch(line[(close + 2)..^1]))
        {
            return null;
        }

        return new ExportItem(new TextLine(line[..close].TrimStart('[').Trim(), number), line[(close + 2)..^1]);
    }

    /// <summary>The URL on the next non-blank line, when that line is a bare URL.</summary>
    private static string? UrlAfter(IReadOnlyList<string> lines, int index)
    {
        for (var k = index + 1; k < lines.Count; k++)
        {
            var next = lines[k].Trim();
            if (next.Length > 0)
            {
                return BareUrl().IsMatch(next) ? next : null;
            }
        }

        return null;
    }

    private static bool HasBareUrls(IReadOnlyList<string> lines) => lines.Take(400).Count(l => BareUrl().IsMatch(l.Trim())) >= 3;

    /// <summary>The 0-based index of the first line after a YAML front matter block, or null when the text has none.</summary>
    private static int? FrontMatterEnd(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            return null;
        }

        for (var i = 1; i < Math.Min(lines.Count, 60); i++)
        {
            if (lines[i].Trim() is "---" or "...")
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:url|exported)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ExportKey();

    [GeneratedRegex(@"^\s*\[[-+]\]\s*(?:\d{1,7}|-)\s*$")]
    private static partial Regex UpvoteLine();

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex BareUrl();
}
