using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>
/// One HTML page still to render: its path, the layout that renders it, the date it last changed (for the
/// sitemap) and a factory for its model, so that models are made on the rendering thread and dropped after it.
/// </summary>
public sealed record SitePage(string Path, string Layout, DateOnly LastModified, Func<PageModel> Model)
{
    public bool InSitemap => Layout != Layouts.NotFound;

    /// <summary>For the many pages that are cheap to describe and costly to build (a paper's): what the model is made
    /// from besides the site-wide facts, much cheaper to make than the model. When it is the same as at the last build,
    /// the page's file can be kept. Null for pages that are always rendered.</summary>
    public Func<PaperPageInputs>? Inputs { get; init; }
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
