using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Reads the capture time that clippers and exporters write into their header (<c>Captured: 2025-12-12T09:41:07Z</c>,
/// <c>exported: 2025-12-13 00:15:42 +01:00</c>). The capture day is the UTC day, as the Daily Papers site counts days;
/// a time without a zone is taken as UTC.
/// </summary>
internal static partial class CaptureStamp
{
    /// <summary>The UTC date of the first ISO date or date-time on <paramref name="line"/>, or null.</summary>
    public static PartialDate? Find(string line, SourceLocation location)
    {
        var match = Stamp().Match(line);
        if (!match.Success || PartialDate.TryCreate(Number(match, "year"), Number(match, "month"), Number(match, "day")) is not { } date)
        {
            return null;
        }

        var minutes = match.Groups["hour"].Success ? (Number(match, "hour") * 60) + Number(match, "minute") : 0;
        if (match.Groups["offsetHours"].Success)
        {
            var offset = (Number(match, "offsetHours") * 60) + Number(match, "offsetMinutes");
            minutes -= match.Groups["sign"].Value == "-" ? -offset : offset;
        }

        var utc = date.AddDays((int)Math.Floor(minutes / 1440.0));
        return new PartialDate(utc.Month, utc.Day, utc.Year, location);
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success && match.Groups[group].Length > 0 ? int.Parse(match.Groups[group].Value) : 0;

    [GeneratedRegex(@"\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>[01]\d|2[0-3]):(?<minute>[0-5]\d)(?::\d{2}(?:\.\d{1,9})?)?\s*(?:Z|UTC|GMT|(?<sign>[+-])(?<offsetHours>\d{2}):?(?<offsetMinutes>\d{2})?)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();
}
