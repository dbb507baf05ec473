namespace PaperArchive.Checking;

/// <summary>
/// The files a site legitimately has without any page linking to them, each with the reason. The orphan rule
/// skips these; everything else in the output must be reachable from a page (or from robots.txt or a sitemap).
/// </summary>
internal static class EntryPoints
{
    private static readonly (string File, string Reason)[] Files =
    [
        ("index.html", "the home page: visitors arrive at the site root"),
        ("404.html", "served by the host in place of any missing page"),
        ("robots.txt", "fetched by crawlers by its well-known name"),
        ("sitemap.xml", "named in robots.txt and submitted to search engines"),
        ("feeds.opml", "normally linked from the subscribe page, but feed readers also import it by URL"),
        ("favicon.ico", "requested by browsers by its well-known name"),
        ("_headers", "Netlify's header rules: read by the host, never linked"),
        ("_redirects", "Netlify's redirect rules: read by the host, never linked"),
    ];

    private static readonly (string Folder, string Reason)[] Folders =
    [
        ("search/index/", "the search index shards, which the search script fetches at run time by computed names"),
    ];

    public static bool Contains(string file) =>
        Files.Any(f => f.File == file) || Folders.Any(f => file.StartsWith(f.Folder, StringComparison.Ordinal));
}
