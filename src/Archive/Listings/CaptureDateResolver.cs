using System.Text.RegularExpressions;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Decides the day a listing was captured. Sources, strongest first: <c>captured</c> in site.yml, the date at the
/// start of the file name (<c>2025-12-08-...</c>), the page header's month and day. When only the header speaks,
/// its year is inferred as the year after the latest explicit year in the listing (Hugging Face writes the year
/// only for other years than the current one) and a warning says so.
/// </summary>
internal static partial class CaptureDateResolver
{
    public static DateOnly? Resolve(string fileName, ListingText text, RawListing raw, ListingConfig? config, DiagnosticBag diagnostics)
    {
        var header = raw.CaptureDate;
        var fromName = DateFromFileName(fileName);
        var fileLocation = SourceLocation.Of(text.File);

        if (config?.Captured is { } configured)
        {
            WarnIfHeaderDisagrees(header, configured, "site.yml", diagnostics);
            return configured;
        }

        if (fromName is { } named)
        {
            WarnIfHeaderDisagrees(header, named, "the file name", diagnostics);
            return named;
        }

        if (header is not { } partial)
        {
            diagnostics.Error(DiagnosticIds.CaptureDateMissing, fileLocation,
                "this listing does not say when it was captured; start the file name with the date (2025-12-08-name.txt) or set 'captured' for it under 'listings' in site.yml.");
            return null;
        }

        if (partial.Year is { } year)
        {
            return PartialDate.TryCreate(year, partial.Month, partial.Day);
        }

        var latestYear = raw.Entries.Select(e => e.Metadata?.Published?.Year).Max();
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

    private static DateOnly? DateFromFileName(string file)
    {
        var match = FileNameDate().Match(Path.GetFileName(file));
        return match.Success
            ? PartialDate.TryCreate(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value))
            : null;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(?:\D|$)")]
    private static partial Regex FileNameDate();
}
