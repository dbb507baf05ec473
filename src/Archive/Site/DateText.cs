using System.Globalization;

namespace PaperArchive.Site;

/// <summary>Dates as the site shows them ("Mar 6, 2024"), always in the invariant culture.</summary>
public static class DateText
{
    public static string Day(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string MonthName(int month) =>
        new DateOnly(2000, month, 1).ToString("MMMM", CultureInfo.InvariantCulture);

    public static string ShortMonth(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1 paper", "12 papers": counts read better than "12 paper(s)".</summary>
    public static string Papers(int count) =>
        count == 1 ? "1 paper" : count.ToString(CultureInfo.InvariantCulture) + " papers";
}
