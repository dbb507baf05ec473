using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>
/// The site's structure, computed once per build: every visible paper's summary, and the lists the pages slice
/// (themes, publication months, undated, capture days), each already in display order.
/// </summary>
public sealed record SiteModel(
    SiteContent Content,
    SiteInfo Info,
    IReadOnlyDictionary<string, PaperSummary> Summaries,
    IReadOnlyList<Paper> Papers,
    IReadOnlyList<PaperSummary> All,
    IReadOnlyList<PaperSummary> Latest,
    IReadOnlyList<ThemeSection> Themes,
    IReadOnlyList<YearSection> Years,
    PaperGroup Undated,
    IReadOnlyList<DaySection> AddedDays,
    MonthChart Chart,
    DateOnly LastModified,
    DateStyle Dates)
{
    private readonly Dictionary<string, DateOnly> _captured = Content.Catalog.Listings
        .GroupBy(l => l.File, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Captured, StringComparer.Ordinal);

    /// <summary>The day the listing <paramref name="file"/> was saved, if the catalog knows it.</summary>
    public DateOnly? CapturedOn(string file) => _captured.TryGetValue(file, out var day) ? day : null;

    public PaperSummary SummaryOf(Paper paper) => Summaries[paper.Id];
}

/// <summary>A list of papers in display order and the newest capture date among them (the sitemap's lastmod).</summary>
public sealed record PaperGroup(IReadOnlyList<PaperSummary> Papers, DateOnly LastModified);

/// <summary>A research theme as the site shows it, with its papers-per-month chart (null when none of its papers has
/// a publication date). <see cref="HasPage"/> is false for an empty "Other".</summary>
public sealed record ThemeSection(ResearchTheme Theme, LinkItem Link, PaperGroup Group, MonthChart? Chart)
{
    public bool HasPage => !Theme.IsOther || Group.Papers.Count > 0;
}

public sealed record YearSection(int Year, IReadOnlyList<MonthSection> Months, DateOnly LastModified)
{
    public int Count => Months.Sum(m => m.Group.Papers.Count);
}

public sealed record MonthSection(int Year, int Month, PaperGroup Group);

public sealed record DaySection(DateOnly Day, PaperGroup Group);
