using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>
/// One HTML page still to render: its path, the layout that renders it, the date it last changed (for the
/// sitemap) and a factory for its model, so that models are made on the rendering thread and dropped after it.
/// </summary>
public sealed record SitePage(string Path, string Layout, DateOnly LastModified, Func<PageModel> Model)
{
    public bool InSitemap => Layout != Layouts.NotFound;
}

/// <summary>The layout names the site uses; each is a file <c>theme/layouts/&lt;name&gt;.hbs</c>.</summary>
public static class Layouts
{
    public const string Home = "home";
    public const string Paper = "paper";
    public const string List = "list";
    public const string Index = "index";
    public const string About = "about";
    public const string Subscribe = "subscribe";
    public const string Search = "search";
    public const string NotFound = "404";

    public static IReadOnlyList<string> All { get; } = [Home, Paper, List, Index, About, Subscribe, Search, NotFound];
}
