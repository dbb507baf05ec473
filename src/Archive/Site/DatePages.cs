using System.Globalization;
using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>The pages by date: years and months of publication, undated papers, and the capture-date timeline.</summary>
internal static class DatePages
{
    public static IEnumerable<SitePage> Enumerate(SiteModel site, HeadFactory heads)
    {
        var title = site.Info.Title;
        var datesTrail = new LinkItem[] { new("Dates", SiteUrls.Dates, 0) };
        yield return new SitePage(SiteUrls.Dates, Layouts.Index, site.LastModified, () => new IndexPage(
            heads.Make(SiteUrls.Dates, "Papers by date", $"The papers of {title} by year and month of publication.", SiteUrls.Dates),
            "Papers by the month they were published. Papers whose listing gave no publication date are listed as undated.",
            [.. site.Years.Select(y => YearGroup(y, site.Dates)), UndatedGroup(site)],
            []));

        foreach (var year in site.Years)
        {
            var yearText = year.Year.ToString(CultureInfo.InvariantCulture);
            yield return new SitePage(SiteUrls.Year(year.Year), Layouts.Index, year.LastModified, () => new IndexPage(
                heads.Make(SiteUrls.Year(year.Year), $"Papers published in {yearText}", $"{DateText.Papers(year.Count)} of {title} published in {yearText}, by month.", SiteUrls.Dates),
                null,
                [YearGroup(year, site.Dates)],
                datesTrail));
            foreach (var month in year.Months)
            {
                var name = site.Dates.MonthText(month.Year, month.Month);
                foreach (var page in ListPages.Paginate(heads, "month", SiteUrls.Month(month.Year, month.Month), $"Papers published in {name}",
                             SiteUrls.Dates, $"{DateText.Papers(month.Group.Papers.Count)} of {title} published in {name}.", month.Group,
                             [.. datesTrail, new LinkItem(yearText, SiteUrls.Year(year.Year), 0)],
                             numberedDescription: $"Papers of {title} published in {name}."))
                {
                    yield return page;
                }
            }
        }

        foreach (var page in ListPages.Paginate(heads, "undated", SiteUrls.Undated, "Undated papers", SiteUrls.Dates,
                     $"{DateText.Papers(site.Undated.Papers.Count)} of {title} whose listing gave no publication date, most upvoted first.",
                     site.Undated, datesTrail,
                     numberedDescription: $"Papers of {title} whose listing gave no publication date, most upvoted first."))
        {
            yield return page;
        }

        yield return new SitePage(SiteUrls.Added, Layouts.Index, site.LastModified, () => new IndexPage(
            heads.Make(SiteUrls.Added, "Added to the archive", $"When the papers of {title} were added: the day each listing was saved.", SiteUrls.Added),
            "The day each paper was first captured from a Daily Papers listing, newest first.",
            AddedGroups(site),
            []));
        var addedTrail = new LinkItem[] { new("Added", SiteUrls.Added, 0) };
        foreach (var day in site.AddedDays)
        {
            var text = site.Dates.DayText(day.Day);
            foreach (var page in ListPages.Paginate(heads, "added", SiteUrls.AddedOn(day.Day), $"Added on {text}", SiteUrls.Added,
                         $"{DateText.Papers(day.Group.Papers.Count)} added to {title} on {text}, most upvoted first.", day.Group, addedTrail,
                         numberedDescription: $"Papers added to {title} on {text}, most upvoted first."))
            {
                yield return page;
            }
        }
    }

    private static LinkGroup YearGroup(YearSection year, DateStyle dates) => new(
        year.Year.ToString(CultureInfo.InvariantCulture),
        SiteUrls.Year(year.Year),
        year.Count,
        year.Months.Select(m => new LinkItem(dates.MonthName(m.Month), SiteUrls.Month(m.Year, m.Month), m.Group.Papers.Count)).ToList());

    private static LinkGroup UndatedGroup(SiteModel site) => new(
        "Undated",
        SiteUrls.Undated,
        site.Undated.Papers.Count,
        [new LinkItem("Papers without a publication date", SiteUrls.Undated, site.Undated.Papers.Count)]);

    private static IReadOnlyList<LinkGroup> AddedGroups(SiteModel site) => site.AddedDays
        .GroupBy(d => (d.Day.Year, d.Day.Month))
        .Select(month => new LinkGroup(
            site.Dates.MonthText(month.Key.Year, month.Key.Month),
            null,
            month.Sum(d => d.Group.Papers.Count),
            month.Select(d => new LinkItem(site.Dates.DayText(d.Day), SiteUrls.AddedOn(d.Day), d.Group.Papers.Count)).ToList()))
        .ToList();
}
