using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>Makes the <see cref="PageHead"/> of each page; the navigation and feed lists are built once and shared.</summary>
internal sealed class HeadFactory
{
    private static readonly (string Label, string Path)[] Sections =
    [
        ("Papers", SiteUrls.AllPapers),
        ("Themes", SiteUrls.Themes),
        ("Dates", SiteUrls.Dates),
        ("Added", SiteUrls.Added),
        ("Subscribe", SiteUrls.Subscribe),
        ("About", SiteUrls.About),
    ];

    private readonly SiteInfo _site;
    private readonly Dictionary<string, IReadOnlyList<NavItem>> _navs;

    public HeadFactory(SiteInfo site)
    {
        _site = site;
        _navs = Sections.Select(s => s.Path).Append(string.Empty)
            .ToDictionary(current => current, current => (IReadOnlyList<NavItem>)Sections.Select(s => new NavItem(s.Label, s.Path, s.Path == current)).ToList());
        ArchiveFeeds = FeedsIn(string.Empty, site.Title);
    }

    public SiteInfo Site => _site;

    public IReadOnlyList<FeedLink> ArchiveFeeds { get; }

    /// <summary>RSS, Atom and JSON Feed of the folder <paramref name="folder"/> ("" for the archive, "themes/x/" for a theme).</summary>
    public static IReadOnlyList<FeedLink> FeedsIn(string folder, string name) =>
    [
        new($"{name} (RSS)", "RSS", "application/rss+xml", SiteUrls.Feed(folder, SiteUrls.Rss)),
        new($"{name} (Atom)", "Atom", "application/atom+xml", SiteUrls.Feed(folder, SiteUrls.Atom)),
        new($"{name} (JSON Feed)", "JSON Feed", "application/feed+json", SiteUrls.Feed(folder, SiteUrls.JsonFeed)),
    ];

    /// <param name="section">The navigation section the page belongs to (one of the section paths, or "" for none).</param>
    public PageHead Make(string path, string heading, string description, string section, Pagination? pagination = null) => new()
    {
        Root = SiteUrls.RootFrom(path),
        Path = path,
        Site = _site,
        Title = Title(heading, pagination),
        Heading = heading,
        Description = description,
        Canonical = SiteUrls.Absolute(_site.BaseUrl, path),
        Nav = _navs.GetValueOrDefault(section) ?? _navs[string.Empty],
        Feeds = ArchiveFeeds,
        Pagination = pagination,
    };

    private string Title(string heading, Pagination? pagination)
    {
        var page = pagination is { IsNewest: false } p ? $" (page {p.Current}, counting from the oldest)" : string.Empty;
        return heading == _site.Title ? heading + page : $"{heading}{page} · {_site.Title}";
    }
}
