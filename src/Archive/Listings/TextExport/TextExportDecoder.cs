using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.TextExport;

/// <summary>
/// The page exported as plain text with YAML front matter (<c>url:</c>, <c>exported:</c>): every link's text is
/// followed by its URL on a line of its own, upvotes read <c>[-] 19</c>, organisation names stand where author
/// counts would, comment counts may follow, and the page header carries the capture date.
/// </summary>
public sealed partial class TextExportDecoder : IListingDecoder
{
    public ListingFormat Form => ListingFormat.PlainTextExport;

    public bool Recognizes(ListingText text) =>
        FrontMatterEnd(text.Lines) is { } end && text.Lines.Take(end).Any(l => ExportKey().IsMatch(l))
        || text.Lines.Any(l => UpvoteLine().IsMatch(l));

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var items = Items(text, FrontMatterEnd(text.Lines) ?? 0, diagnostics);
        var bodyStart = items.FindIndex(i => i.Url is { } url && ArxivId.IsPaperUrl(url));
        var pageDate = items.FindIndex(i => DateLine.IsBareDate(i.Line.Text));
        if (pageDate >= 0 && (bodyStart < 0 || pageDate < bodyStart))
        {
            bodyStart = pageDate + 1;
        }

        var headerEnd = bodyStart > 0 && bodyStart < items.Count ? items[bodyStart].Line.Number - 1 : text.Lines.Count;
        var captured = CaptureHeader.Find(text, headerEnd);
        var entries = ExportEntries.Read(text.File, items.Skip(Math.Max(bodyStart, 0)).ToList(), diagnostics);
        return new DecodedCapture(Form, captured, entries);
    }

    /// <summary>The lines as text items, each with the URL line that follows it; stops at a truncation marker.</summary>
    private static List<ExportItem> Items(ListingText text, int start, DiagnosticBag diagnostics)
    {
        var items = new List<ExportItem>();
        for (var i = start; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i].Trim();
            if (line.Length == 0 || BareUrl().IsMatch(line) || Plausibility.IsNavigationText(line))
            {
                continue;
            }

            if (TruncationMarker.IsMarker(line))
            {
                diagnostics.Warning(DiagnosticIds.CaptureTruncated, new SourceLocation(text.File, i + 1),
                    $"the export was cut off here ('{line}'); papers after this point were not saved. Export the page again to get them.");
                break;
            }

            var url = i + 1 < text.Lines.Count && BareUrl().IsMatch(text.Lines[i + 1].Trim()) ? text.Lines[i + 1].Trim() : null;
            items.Add(new ExportItem(new TextLine(line, i + 1), url));
        }

        return items;
    }

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

    [GeneratedRegex(@"^\s*\[[-+]\]\s*\d{1,7}\s*$")]
    private static partial Regex UpvoteLine();

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex BareUrl();
}

/// <summary>One line of text in an export, with the URL of its link when the next line holds one.</summary>
internal sealed record ExportItem(TextLine Line, string? Url);
