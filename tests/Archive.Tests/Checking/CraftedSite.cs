using PaperArchive.Checking;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

/// <summary>
/// A small site written into a temp folder by a test, and checked. Pages made with <see cref="Page"/> put the body's
/// first line at <see cref="FirstBodyLine"/>, so that tests can name the line a diagnostic must point at.
/// </summary>
internal sealed class CraftedSite : IDisposable
{
    public const int FirstBodyLine = 8;

    private readonly TempFolder _folder = new();
    private readonly string _within;

    /// <param name="within">The site's folder inside the temp folder: "" for the temp folder itself, "output" to
    /// run commands from the temp folder with their default <c>--output</c>.</param>
    private CraftedSite(string within) => _within = within;

    /// <summary>The temp folder, to run commands from.</summary>
    public string Root => _folder.Path;

    /// <summary>The site's folder.</summary>
    public string Path => _within.Length == 0 ? _folder.Path : _folder.Combine(_within);

    public static string Page(string body, string title = "A page", string description = "What the page is about.") =>
        $"""
        <!doctype html>
        <html lang="en">
        <head>
        <title>{title}</title>
        <meta name="description" content="{description}">
        </head>
        <body>
        {body}
        </body>
        </html>

        """;

    /// <summary>A 404 page, which links root-absolute (it is served at any depth) under <paramref name="basePath"/>.</summary>
    public static string NotFoundPage(string basePath) =>
        Page($"""<a href="{basePath}">home</a>""", title: "Not found", description: "No page here.");

    /// <summary>A site with no problem: two linked pages, a stylesheet, an image, an anchor, a feed, the usual
    /// entry points and a search index shard.</summary>
    public static CraftedSite Clean(string within = "")
    {
        var site = new CraftedSite(within);
        site.Write("index.html", Page("""
            <link rel="stylesheet" href="assets/site.css">
            <link rel="alternate" type="application/rss+xml" href="feed.xml">
            <a href="papers/x/">X</a> <a href="papers/x/#method">Method of X</a> <a href="#">top</a> <a href="#top">top</a>
            <img src="assets/logo.png" alt="Paper Archive">
            <a href="https://example.org/elsewhere">elsewhere</a> <a href="mailto:curators@example.org">mail</a>
            """));
        site.Write("papers/x/index.html", Page("""
            <h2 id="method">Method</h2>
            <a href="../../">home</a> <a href="../../index.html?ref=x">home again</a>
            <img src="../../assets/logo.png" alt="">
            """));
        site.Write("404.html", NotFoundPage("/"));
        site.Write("assets/site.css", "body { color: black; }\n");
        site.Write("assets/logo.png", "not really a png");
        site.Write("feed.xml", "<rss version=\"2.0\"><channel><link>https://example.org/</link></channel></rss>\n");
        site.Write("robots.txt", "User-agent: *\nAllow: /\nSitemap: https://paper-archive.example/sitemap.xml\n");
        site.Write("sitemap.xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://paper-archive.example/</loc></url></urlset>\n");
        site.Write("search/index/shard-0.json", "[]\n");
        return site;
    }

    public CraftedSite Write(string path, string content)
    {
        _folder.Write(System.IO.Path.Combine(_within, path), content);
        return this;
    }

    /// <summary>The clean site's home page with <paramref name="extra"/> added to its body.</summary>
    public string ReadIndexWith(string extra)
    {
        var index = File.ReadAllText(System.IO.Path.Combine(Path, "index.html"));
        return index.Replace("</body>", extra + "\n</body>", StringComparison.Ordinal);
    }

    /// <summary>Checks the site and gives its diagnostics as printed, with paths relative to the site folder.</summary>
    public IReadOnlyList<string> Check(string? baseUrl = null) => Run(baseUrl).Diagnostics;

    public (CheckSummary Summary, IReadOnlyList<string> Diagnostics) Run(string? baseUrl = null)
    {
        var diagnostics = new DiagnosticBag();
        var summary = SiteChecker.Check(new CheckOptions { OutputDirectory = Path, BaseUrl = baseUrl }, diagnostics);
        return (summary, diagnostics.Sorted().Select(d => d.ToString().Replace(Path + "/", string.Empty, StringComparison.Ordinal)).ToList());
    }

    public void Dispose() => _folder.Dispose();
}
