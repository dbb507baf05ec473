namespace PaperArchive.Site;

/// <summary>
/// The site's URL scheme in one place. Paths are relative to the output folder, use '/', and end in '/' for
/// pages (served as <c>path/index.html</c>). Pages link to each other with page-relative URLs (see
/// <see cref="RootFrom"/>), so the same output works at a domain root, under a sub-path and from disk;
/// absolute URLs (canonical, feeds, sitemap) are made from the base URL with <see cref="Absolute"/>.
/// </summary>
internal static class SiteUrls
{
    public const string Home = "";
    public const string AllPapers = "papers/";
    public const string Themes = "themes/";
    public const string Dates = "dates/";
    public const string Undated = "dates/undated/";
    public const string Added = "added/";
    public const string Search = "search/";
    public const string SearchIndex = "search/index/";
    public const string About = "about/";
    public const string Subscribe = "subscribe/";
    public const string NotFound = "404.html";
    public const string Assets = "assets/";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";
    public const string Opml = "feeds.opml";
    public const string Rss = "feed.xml";
    public const string Atom = "atom.xml";
    public const string JsonFeed = "feed.json";

    public static string Paper(string slug) => $"papers/{slug}/";

    /// <summary>A paper's BibTeX entry as a file, beside its page.</summary>
    public static string CiteFile(string slug) => $"papers/{slug}/cite.bib";

    public static string Theme(string slug) => $"themes/{slug}/";

    public static string Year(int year) => $"dates/{year:D4}/";

    public static string Month(int year, int month) => $"dates/{year:D4}/{month:D2}/";

    public static string AddedOn(DateOnly day) => $"added/{day:yyyy-MM-dd}/";

    /// <summary>Numbered page <paramref name="page"/> of the list at <paramref name="root"/>, counting from the oldest
    /// (<c>page/1/</c> holds the oldest papers; the root itself holds the newest).</summary>
    public static string Page(string root, int page) => $"{root}page/{page}/";

    /// <summary>The feeds of a list page: the archive's at the root, a theme's beside its page.</summary>
    public static string Feed(string folder, string file) => folder + file;

    /// <summary>The file a page path is written to: <c>papers/x/</c> becomes <c>papers/x/index.html</c>.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    /// <summary>The relative prefix from the page at <paramref name="path"/> back to the site root:
    /// <c>""</c> for the home page, <c>"../../"</c> for <c>papers/x/</c>.</summary>
    public static string RootFrom(string path)
    {
        var depth = path.Count(c => c == '/');
        return depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The absolute URL of <paramref name="path"/> under <paramref name="baseUrl"/> (kept without a trailing
    /// slash); the path itself when there is no base URL.</summary>
    public static string Absolute(string baseUrl, string path) =>
        baseUrl.Length == 0 ? "/" + path : $"{baseUrl}/{path}";

    /// <summary>The path part of the base URL with a trailing slash ("/" or "/archive/"), for pages such as the 404
    /// page that are served at any depth and so cannot link relatively.</summary>
    public static string BasePath(string baseUrl)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            var path = uri.AbsolutePath.TrimEnd('/');
            return path + "/";
        }

        return "/";
    }
}
