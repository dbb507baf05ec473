using System.Globalization;
using PaperArchive.Listings;

namespace PaperArchive.Cli.Commands;

/// <summary>One capture as <c>archive read</c> shows it: a heading line, then a row per paper with what the capture
/// showed of it ("-" where it showed nothing).</summary>
internal static class CaptureTable
{
    private const int TitleWidth = 60;
    private const int BylineWidth = 24;

    public static void Write(ParsedCapture capture, TextWriter writer)
    {
        var listing = capture.Listing;
        var papers = listing.Entries.Count == 1 ? "1 paper" : $"{listing.Entries.Count} papers";
        writer.WriteLine($"{listing.File}: {ListingFormatText.Describe(listing.Format)} ({listing.Format}), captured {Day(listing.Captured)}, {papers}");
        writer.WriteLine($"  {"line",5}  {Cell("title", TitleWidth)}  {"date",-10}  {Cell("authors or organisation", BylineWidth)}  {"upvotes",7}  arXiv");
        foreach (var entry in listing.Entries)
        {
            var byline = entry.Organization ?? (entry.Authors is { } n ? (n == 1 ? "1 author" : $"{n} authors") : "-");
            writer.WriteLine(
                $"  {entry.Location.Line,5}  {Cell(entry.Title, TitleWidth)}  {(entry.Published is { } p ? Day(p) : "-"),-10}  " +
                $"{Cell(byline, BylineWidth)}  {entry.Upvotes?.ToString(CultureInfo.InvariantCulture) ?? "-",7}  {entry.ArxivId ?? "-"}");
        }

        writer.WriteLine();
    }

    private static string Cell(string text, int width) =>
        (text.Length <= width ? text : text[..(width - 1)] + "…").PadRight(width);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
