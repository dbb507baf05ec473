using System.Globalization;

namespace PaperArchive.Site;

/// <summary>Machine dates and counts. Dates for people are written by the site's <see cref="DateStyle"/>.</summary>
internal static class DateText
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"1 paper", "12 papers": counts read better than "12 paper(s)".</summary>
    public static string Papers(int count) =>
        count == 1 ? "1 paper" : count.ToString(CultureInfo.InvariantCulture) + " papers";
}
