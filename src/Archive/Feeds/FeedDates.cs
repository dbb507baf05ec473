using System.Globalization;

namespace PaperArchive.Feeds;

/// <summary>The date forms the feed formats require. Archive dates are days, written as midnight UTC.</summary>
internal static class FeedDates
{
    /// <summary>RFC 822 (as RSS 2.0 and OPML use it) with a four-digit year and a numeric zone: <c>Mon, 08 Dec 2025 00:00:00 +0000</c>.</summary>
    public static string Rfc822(DateOnly day) =>
        day.ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture) + " 00:00:00 +0000";

    /// <summary>RFC 3339 (Atom, JSON Feed): <c>2025-12-08T00:00:00Z</c>.</summary>
    public static string Rfc3339(DateOnly day) =>
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
