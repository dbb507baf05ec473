namespace PaperArchive.Site.Pages;

/// <summary>The site-wide facts every page shows (title, language, description). No counts: a fact on every page
/// that changes with every new paper would make every page change, so counts live only on the pages that show them.</summary>
public sealed record SiteInfo(string Title, string Description, string Language, string Author, string BaseUrl);

/// <summary>What the <c>&lt;head&gt;</c>, header and footer partials need; the same shape on every page.</summary>
public sealed record PageHead
{
    /// <summary>The relative prefix from this page to the site root ("", "../", "../../"); "/base/" on the 404 page.</summary>
    public required string Root { get; init; }

    public required string Path { get; init; }

    public required SiteInfo Site { get; init; }

    /// <summary>The document title, e.g. "Paper title · Paper Archive".</summary>
    public required string Title { get; init; }

    /// <summary>The page's one h1.</summary>
    public required string Heading { get; init; }

    public required string Description { get; init; }

    /// <summary>Absolute URL of the page (base URL + path).</summary>
    public required string Canonical { get; init; }

    public required IReadOnlyList<NavItem> Nav { get; init; }

    /// <summary>Feeds linked from the head: the archive's, and a theme page's own.</summary>
    public required IReadOnlyList<FeedLink> Feeds { get; init; }

    public string OgType { get; init; } = "website";

    public IReadOnlyList<MetaTag> Meta { get; init; } = [];

    public Pagination? Pagination { get; init; }

    /// <summary>Serialized JSON-LD, already escaped for a script element (see <c>JsonLd</c>), or null.</summary>
    public string? JsonLd { get; init; }

    /// <summary>False for pages search engines should not index (404).</summary>
    public bool Indexable { get; init; } = true;
}

/// <summary>Base of every layout's model: the head plus the page's root prefix, which templates read as <c>{{root}}</c>.</summary>
public abstract record PageModel(PageHead Head)
{
    public string Root => Head.Root;
}

/// <summary>layouts/home.hbs</summary>
public sealed record HomePage(
    PageHead Head,
    IReadOnlyList<PaperSummary> Latest,
    IReadOnlyList<LinkItem> Themes,
    MonthChart Chart,
    int ListingCount,
    int PaperCount) : PageModel(Head)
{
    public string PaperCountText => DateText.Papers(PaperCount);

    public string ThemeCountText => Themes.Count == 1 ? "1 theme" : $"{Themes.Count} themes";

    public string ListingCountText => ListingCount == 1 ? "1 listing" : $"{ListingCount} listings";
}

/// <summary>layouts/paper.hbs</summary>
public sealed record PaperPage(
    PageHead Head,
    PaperSummary Paper,
    string? AbstractHtml,
    string? NoteHtml,
    string? Organization,
    string? Authors,
    IReadOnlyList<SourceLink> Sources,
    IReadOnlyList<PaperSummary> Related,
    IReadOnlyList<ExternalLink> Links,
    IReadOnlyList<ExternalLink> Lookups) : PageModel(Head)
{
    /// <summary>The authors' names, or null when no listing and no arXiv record names them.</summary>
    public AuthorList? AuthorNames { get; init; }

    public required Citation Cite { get; init; }
}

/// <summary>layouts/list.hbs: one page of a list of papers (a theme, all papers, a month, undated, a capture day).
/// <see cref="Total"/> is the list's number of papers on its root and null on a numbered page, which must not depend on
/// newer papers (see <see cref="Pagination"/>). <see cref="Chart"/> is a theme's papers per month, on its root; null elsewhere.</summary>
public sealed record ListPage(
    PageHead Head,
    string Kind,
    string? Intro,
    IReadOnlyList<PaperSummary> Papers,
    int? Total,
    IReadOnlyList<LinkItem> Trail,
    IReadOnlyList<FeedLink> Subscribe,
    MonthChart? Chart = null) : PageModel(Head)
{
    /// <summary>"455 papers" on the root; null on a numbered page.</summary>
    public string? TotalText => Total is { } total ? DateText.Papers(total) : null;

    /// <summary>The number of papers on this page, as "50 papers".</summary>
    public string CountText => DateText.Papers(Papers.Count);

    public Pagination Pages => Head.Pagination!;
}

/// <summary>layouts/index.hbs: groups of links with counts (themes, dates, a year, the capture timeline).</summary>
public sealed record IndexPage(PageHead Head, string? Intro, IReadOnlyList<LinkGroup> Groups, IReadOnlyList<LinkItem> Trail) : PageModel(Head);

/// <summary>layouts/about.hbs</summary>
public sealed record AboutPage(PageHead Head, IReadOnlyList<LinkItem> Listings, int ThemeCount, int PaperCount) : PageModel(Head)
{
    public string PaperCountText => DateText.Papers(PaperCount);

    public string ThemeCountText => ThemeCount == 1 ? "1 research theme" : $"{ThemeCount} research themes";

    public string ListingCountText => Listings.Count == 1 ? "1 saved listing" : $"{Listings.Count} saved listings";
}

/// <summary>layouts/subscribe.hbs: the archive's feeds, each theme's, and the OPML file.</summary>
public sealed record SubscribePage(PageHead Head, IReadOnlyList<FeedLink> Archive, IReadOnlyList<ThemeFeeds> Themes, string Opml) : PageModel(Head);

/// <summary>A theme and its feeds, for the subscribe page.</summary>
public sealed record ThemeFeeds(string Name, string Path, IReadOnlyList<FeedLink> Feeds);

/// <summary>layouts/search.hbs and layouts/404.hbs: nothing beyond the head.</summary>
public sealed record PlainPage(PageHead Head) : PageModel(Head);
