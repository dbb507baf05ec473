using System.Globalization;

namespace PaperArchive.Site;

/// <summary>
/// How the site writes dates, in its language (<c>language</c> in site.yml): the one formatter of the pages, and the
/// data the search script formats its result dates with (the index manifest's <c>date</c>, docs/search-index.md).
/// The build runs with invariant globalisation, so the month names are a small table of our own, not the machine's
/// culture data: the same input gives the same pages on every machine. A language the table lacks is written in English.
/// </summary>
/// <param name="Day">A day: <c>{d}</c> (day of the month), <c>{M}</c> (short month name), <c>{y}</c> (year).</param>
/// <param name="MonthOfYear">A month: <c>{MMMM}</c> (month name) and <c>{y}</c>.</param>
public sealed record DateStyle(string Language, IReadOnlyList<string> Months, IReadOnlyList<string> ShortMonths, string Day, string MonthOfYear)
{
    public static DateStyle English { get; } = new(
        "en",
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        "{M} {d}, {y}",
        "{MMMM} {y}");

    private static readonly DateStyle[] Known =
    [
        English,
        English with { Language = "en-gb", Day = "{d} {M} {y}" },
        new("de", ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
            ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."], "{d}. {M} {y}", "{MMMM} {y}"),
        new("fr", ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."], "{d} {M} {y}", "{MMMM} {y}"),
        new("es", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"], "{d} {M} {y}", "{MMMM} de {y}"),
        new("it", ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"], "{d} {M} {y}", "{MMMM} {y}"),
        new("nl", ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"], "{d} {M} {y}", "{MMMM} {y}"),
        new("pt", ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"], "{d} {M} {y}", "{MMMM} de {y}"),
    ];

    /// <summary>The style of a language tag ("en", "en-GB", "de-AT"): the tag itself if known, else its language, else English.</summary>
    public static DateStyle For(string language)
    {
        var tag = language.Trim().Replace('_', '-').ToLowerInvariant();
        var primary = tag.Split('-')[0];
        return Known.FirstOrDefault(s => s.Language == tag) ?? Known.FirstOrDefault(s => s.Language == primary) ?? English;
    }

    /// <summary>"Oct 21, 2024" in English.</summary>
    public string DayText(DateOnly date) => Day
        .Replace("{d}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{M}", ShortMonths[date.Month - 1], StringComparison.Ordinal)
        .Replace("{y}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>"October 2024" in English.</summary>
    public string MonthText(int year, int month) => MonthOfYear
        .Replace("{MMMM}", Months[month - 1], StringComparison.Ordinal)
        .Replace("{y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>"Oct 2024" in English: a chart's bar.</summary>
    public string ShortMonthText(int year, int month) => ShortMonths[month - 1] + " " + year.ToString(CultureInfo.InvariantCulture);

    public string MonthName(int month) => Months[month - 1];
}
