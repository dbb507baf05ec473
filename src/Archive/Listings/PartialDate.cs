using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>A date as a listing writes it: month and day, and a year only when it is not the capture's year.</summary>
public readonly record struct PartialDate(int Month, int Day, int? Year, SourceLocation Location)
{
    /// <summary>The full date for a listing captured on <paramref name="captured"/>: a year-less month/day later than
    /// the capture day belongs to the year before. Null when the day does not exist in that year (Feb 29, 2025).</summary>
    public DateOnly? ResolveAgainst(DateOnly captured) => TryCreate(YearAgainst(captured), Month, Day);

    /// <summary>The year this date is in, for a listing captured on <paramref name="captured"/>.</summary>
    public int YearAgainst(DateOnly captured) =>
        Year ?? (IsAfterDayOfYear(captured) ? captured.Year - 1 : captured.Year);

    /// <summary>A full date a capture states (an ISO time stamp's day, a day heading), with its place.</summary>
    public static PartialDate Of(DateOnly day, SourceLocation location) => new(day.Month, day.Day, day.Year, location);

    public static DateOnly? TryCreate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private bool IsAfterDayOfYear(DateOnly captured) =>
        Month > captured.Month || (Month == captured.Month && Day > captured.Day);

    public override string ToString() =>
        $"{DateLine.MonthNames[Month - 1]} {Day}{(Year is { } y ? $", {y}" : string.Empty)}";
}
