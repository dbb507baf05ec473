using System.Text.RegularExpressions;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Decides the day a capture was made. Sources, strongest first: a full date the content states (front matter
/// <c>exported:</c>, a clipper's captured stamp, a digest's "Last Updated", the API's <c>submittedOnDailyAt</c>, an
/// arXiv day heading), the date at the start of the file name (<c>2025-12-08-...</c> or <c>20251208-...</c>), <c>captured</c> in site.yml,
/// and last the page's own month and day (<c>Dec 8</c>). A year-less page date takes the year after the latest
/// explicit year in the listing (Hugging Face writes the year only for other years than the current one), and a
/// warning says so. A weaker source that disagrees with the one used is a warning.
/// </summary>
internal static partial class CaptureDateResolver
{
    public static DateOnly? Resolve(string fileName, string path, DecodedCapture capture, ListingConfig? config, DiagnosticBag diagnostics)
    {
        var stated = capture.StatedCaptureDate;
        var fromName = DateFromFileName(fileName);
        if (stated is { Year: { } year } full && PartialDate.TryCreate(year, full.Month, full.Day) is { } statedDay)
        {
            WarnIfDisagrees(fromName, statedDay, "the file name", full.Location, "the capture", diagnostics);
            WarnIfDisagrees(config?.Captured, statedDay, "site.yml", full.Location, "the capture", diagnostics);
            return statedDay;
        }

        if (fromName is { } named)
        {
            WarnIfHeaderDisagrees(stated, named, "the file name", diagnostics);
            return named;
        }

        if (config?.Captured is { } configured)
        {
            WarnIfHeaderDisagrees(stated, configured, "site.yml", diagnostics);
            return configured;
        }

        if (stated is not { } partial)
        {
            diagnostics.Error(DiagnosticIds.CaptureDateMissing, SourceLocation.Of(path),
                "this listing does not say when it was captured; start the file name with the date (2025-12-08-name.txt) or set 'captured' for it under 'listings' in site.yml.");
            return null;
        }

        var latestYear = capture.Cards.Select(c => c.Published?.Year).Max();
        if (latestYear is not { } latest)
        {
            diagnostics.Error(DiagnosticIds.CaptureDateMissing, partial.Location,
                $"the capture date '{partial}' has no year and nothing in the listing tells it; start the file name with the full date or set 'captured' in site.yml.");
            return null;
        }

        var assumed = PartialDate.TryCreate(latest + 1, partial.Month, partial.Day);
        diagnostics.Warning(DiagnosticIds.CaptureYearAssumed, partial.Location,
            $"the capture date '{partial}' has no year; assumed {latest + 1}, the year after the latest year written in the listing ({latest}). Start the file name with the full date to say it.");
        return assumed;
    }

    private static void WarnIfHeaderDisagrees(PartialDate? header, DateOnly captured, string source, DiagnosticBag diagnostics)
    {
        if (header is { } h && (h.Month != captured.Month || h.Day != captured.Day || (h.Year is { } y && y != captured.Year)))
        {
            diagnostics.Warning(DiagnosticIds.CaptureDateConflict, h.Location,
                $"the page header says '{h}' but {source} says {captured:yyyy-MM-dd}; {source} is used.");
        }
    }

    private static void WarnIfDisagrees(DateOnly? other, DateOnly used, string otherSource, SourceLocation location, string usedSource, DiagnosticBag diagnostics)
    {
        if (other is { } day && day != used)
        {
            diagnostics.Warning(DiagnosticIds.CaptureDateConflict, location,
                $"{usedSource} says it was made on {used:yyyy-MM-dd} but {otherSource} says {day:yyyy-MM-dd}; the date the capture states is used.");
        }
    }

    private static DateOnly? DateFromFileName(string file)
    {
        var match = FileNameDate().Match(Path.GetFileName(file));
        return match.Success
            ? PartialDate.TryCreate(int.Parse(match.Groups["y"].Value), int.Parse(match.Groups["m"].Value), int.Parse(match.Groups["d"].Value))
            : null;
    }

    /// <summary><c>2025-12-08-…</c>, or the compact <c>20251208-…</c> that many digest scripts write.</summary>
    [GeneratedRegex(@"^(?:(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})|(?<y>\d{4})(?<m>\d{2})(?<d>\d{2}))(?:\D|$)")]
    private static partial Regex FileNameDate();
}
