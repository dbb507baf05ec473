using PaperArchive.Catalog;
using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>Builds the <see cref="SiteModel"/> from the content: summaries once per paper, then sorted groups.</summary>
public static class SiteModelBuilder
{
    public const int LatestCount = 12;

    public static SiteModel Build(SiteContent content)
    {
        var visible = content.VisiblePapers;
        var visibleIds = visible.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var themeLinks = ThemeLinks(content);
        var dates = DateStyle.For(content.Config.Language);
        // Each summary reads one paper (its teaser is the costly part), so they are made on all cores.
        var made = new PaperSummary[visible.Count];
        Parallel.For(0, visible.Count, i => made[i] = Summarize(visible[i], themeLinks.GetValueOrDefault(visible[i].Id) ?? [], dates));
        var summaries = new Dictionary<string, PaperSummary>(visible.Count, StringComparer.Ordinal);
        for (var i = 0; i < made.Length; i++)
        {
            summaries[visible[i].Id] = made[i];
        }

        PaperGroup Group(IEnumerable<Paper> ordered)
        {
            var papers = ordered.ToList();
            var lastModified = papers.Count == 0 ? DateOnly.MinValue : papers.Max(p => p.Added);
            return new PaperGroup(papers.Select(p => summaries[p.Id]).ToList(), lastModified);
        }

        var years = visible.Where(p => p.Published is not null)
            .GroupBy(p => p.Published!.Value.Year)
            .OrderByDescending(g => g.Key)
            .Select(year =>
            {
                var months = year.GroupBy(p => p.Published!.Value.Month)
                    .OrderByDescending(g => g.Key)
                    .Select(month => new MonthSection(year.Key, month.Key, Group(month.Order(PaperOrder.Newest))))
                    .ToList();
                return new YearSection(year.Key, months, months.Max(m => m.Group.LastModified));
            })
            .ToList();

        var days = visible.GroupBy(p => p.Added)
            .OrderByDescending(g => g.Key)
            .Select(day => new DaySection(day.Key, Group(day.Order(PaperOrder.MostUpvoted))))
            .ToList();

        var monthCounts = years.SelectMany(y => y.Months).ToDictionary(m => (m.Year, m.Month), m => m.Group.Papers.Count);
        var span = MonthChartBuilder.Span(monthCounts.Keys);
        var themes = content.Themes
            .Select(theme =>
            {
                // Classification has put the theme's papers in their order already.
                var papers = theme.Papers.Where(p => visibleIds.Contains(p.Id)).ToList();
                var group = Group(papers);
                var link = new LinkItem(theme.Name, SiteUrls.Theme(theme.Slug), group.Papers.Count, theme.Description);
                var months = papers.Where(p => p.Published is not null)
                    .CountBy(p => (p.Published!.Value.Year, p.Published!.Value.Month))
                    .ToDictionary(m => m.Key, m => m.Value);
                var chart = months.Count == 0 ? null : MonthChartBuilder.Build(months, span, dates, linked: false);
                return new ThemeSection(theme, link, group, chart);
            })
            .ToList();
        var all = Group(visible.Order(PaperOrder.Newest));
        var config = content.Config;
        var info = new SiteInfo(config.Title, config.Description, config.Language, config.Author, config.BaseUrl);
        return new SiteModel(
            content,
            info,
            summaries,
            visible,
            all.Papers,
            visible.Order(PaperOrder.Latest).Take(LatestCount).Select(p => summaries[p.Id]).ToList(),
            themes,
            years,
            Group(visible.Where(p => p.Published is null).Order(PaperOrder.MostUpvoted)),
            days,
            MonthChartBuilder.Build(monthCounts, span, dates),
            all.LastModified,
            dates);
    }

    /// <summary>The themes of each paper, from the themes' own paper lists (so "Other" counts too), in theme order.</summary>
    private static Dictionary<string, List<ThemeTag>> ThemeLinks(SiteContent content)
    {
        var links = new Dictionary<string, List<ThemeTag>>(StringComparer.Ordinal);
        foreach (var theme in content.Themes)
        {
            var link = new ThemeTag(theme.Name, SiteUrls.Theme(theme.Slug));
            foreach (var paper in theme.Papers)
            {
                if (!links.TryGetValue(paper.Id, out var list))
                {
                    links[paper.Id] = list = [];
                }

                list.Add(link);
            }
        }

        return links;
    }

    private static PaperSummary Summarize(Paper paper, IReadOnlyList<ThemeTag> themes, DateStyle dates) => new()
    {
        Id = paper.Id,
        Slug = paper.Slug,
        Path = SiteUrls.Paper(paper.Slug),
        Title = PlainText.Clean(paper.Title),
        Teaser = paper.Abstract is { } abstractText ? PlainText.Excerpt(abstractText, 220) : string.Empty,
        Published = paper.Published is { } published ? dates.DayText(published) : null,
        PublishedIso = paper.Published is { } iso ? DateText.Iso(iso) : null,
        Added = dates.DayText(paper.Added),
        AddedIso = DateText.Iso(paper.Added),
        Upvotes = paper.Upvotes,
        Byline = Byline(paper),
        Themes = themes,
    };

    private static string? Byline(Paper paper) => (paper.Organization is { } organization ? PlainText.Clean(organization) : null) ?? paper.Authors switch
    {
        null => null,
        1 => "1 author",
        { } n => $"{n} authors",
    };
}
