using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.BrowserCopy;

/// <summary>
/// Reads a metadata block: <c>• 11 authors</c> or an organisation line (<c>metaresearch Meta Research</c>: the
/// handle, then the display name we keep), the <c>·</c> separator, then a date line with optional upvotes.
/// </summary>
internal static partial class MetadataReader
{
    private const string Bullet = "•";

    public static EntryMetadata Read(string file, TextBlock block, DiagnosticBag diagnostics)
    {
        var separator = block.Lines.ToList().FindIndex(l => l.Text.Trim() == TextBlock.MetadataSeparator);
        Shown<int>? authors = null;
        Shown<string>? organization = null;
        foreach (var line in block.Lines.Take(separator))
        {
            ReadByline(line.Text.Trim(), out var count, out var name);
            authors = count is { } n ? Shown.At(n, line.LocationIn(file)) : null;
            organization = name is { } o ? Shown.At(o, line.LocationIn(file)) : null;
        }

        PartialDate? published = null;
        Shown<int>? upvotes = null;
        var dateLines = block.Lines.Skip(separator + 1).ToList();
        if (dateLines.Count == 0)
        {
            diagnostics.Warning(DiagnosticIds.EntryCutOff, block.Lines[separator].LocationIn(file),
                "this metadata block ends before its date (the entry is cut off); the paper is kept without a publication date.");
        }

        foreach (var line in dateLines)
        {
            if (DateLine.TryParse(line.Text, line.LocationIn(file), out var date, out var count))
            {
                published = date;
                upvotes = count is { } n ? Shown.At(n, line.LocationIn(file)) : null;
            }
            else
            {
                diagnostics.Warning(DiagnosticIds.UnknownDateForm, line.LocationIn(file),
                    $"'{Snippet.Of(line.Text.Trim())}' is not a date of the form 'Feb 12' or 'Mar 6, 2024'; the paper is kept without a publication date.");
            }
        }

        return new EntryMetadata(authors, organization, published, upvotes);
    }

    private static void ReadByline(string line, out int? authors, out string? organization)
    {
        authors = null;
        organization = null;
        var text = line.StartsWith(Bullet, StringComparison.Ordinal) ? line[Bullet.Length..].Trim() : line;
        var count = AuthorCount().Match(text);
        if (count.Success)
        {
            authors = int.Parse(count.Groups[1].Value);
            return;
        }

        // Organisation lines start with the hub handle (no spaces) and then the display name.
        var space = text.IndexOf(' ');
        organization = space > 0 ? text[(space + 1)..].Trim() : text;
    }

    [GeneratedRegex(@"^(\d{1,5})\s+authors?$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorCount();
}
