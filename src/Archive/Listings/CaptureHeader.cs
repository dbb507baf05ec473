using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Finds the capture date in the lines above a clip's or export's first entry: a capture time stamp
/// (<c>captured: 2025-12-12T09:41:07Z</c>, a digest's <c>updated: '2026-09-08T11:35:48+00:00'</c>) wins, because it
/// carries the year; else the page's own date line (<c>Dec 13</c>).
/// </summary>
internal static partial class CaptureHeader
{
    public static PartialDate? Find(ListingText text, int headerEnd)
    {
        PartialDate? pageDate = null;
        for (var i = 0; i < Math.Min(headerEnd, text.Lines.Count); i++)
        {
            var line = text.Lines[i];
            var location = new SourceLocation(text.File, i + 1);
            if (StampKey().IsMatch(line) && CaptureStamp.Find(line, location) is { } stamp)
            {
                return stamp;
            }

            if (pageDate is null && DateLine.IsBareDate(line) && DateLine.TryParse(line, location, out var date, out _))
            {
                pageDate = date;
            }
        }

        return pageDate;
    }

    [GeneratedRegex(@"\b(?:captured|clipped|saved|exported|retrieved|created|updated|date|time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StampKey();
}
