namespace PaperArchive.Tests.Support;

/// <summary>
/// FALLBACK, TO BE REMOVED AT MERGE: until the site stage renders <c>search/index.html</c> from the theme, a build
/// has no search page and no copied assets. This writes a minimal page that follows exactly the search-page
/// contract of BRIEF.md and copies the theme's search script and style beside it, so the browser tests can run
/// on the search branch alone. When the build has a real search page, it does nothing.
/// </summary>
public static class FallbackSearchPage
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Search</title><link rel="stylesheet" href="../assets/css/search.css"></head>
        <body data-root="../">
        <header><form class="site-search" role="search" action="../search/" method="get"><label for="site-search-q" class="visually-hidden">Search papers</label><input type="search" id="site-search-q" name="q" placeholder="Search papers" autocomplete="off"></form></header>
        <main>
        <section id="search-page" data-index="../search/index/">
        <form id="search-form" role="search" method="get" action=""><label for="search-q">Search</label><input type="search" id="search-q" name="q" autocomplete="off"></form>
        <div id="search-filters"></div>
        <p id="search-status" role="status" aria-live="polite"></p>
        <ol id="search-results" class="search-results"></ol>
        <noscript><p>Search needs JavaScript. Browse the <a href="../themes/">themes</a> or the <a href="../dates/">dates</a> instead.</p></noscript>
        </section>
        </main>
        <script src="../assets/js/search.js" defer></script>
        </body>
        </html>
        """;

    public static void WriteIfMissing(string output)
    {
        var page = Path.Combine(output, "search", "index.html");
        if (File.Exists(page) && File.ReadAllText(page).Contains("id=\"search-page\"", StringComparison.Ordinal))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(page, Page);
        Copy(Path.Combine("js", "search.js"));
        Copy(Path.Combine("css", "search.css"));

        void Copy(string asset)
        {
            var target = Path.Combine(output, "assets", asset);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(RepoPaths.ShippedTheme, "assets", asset), target, overwrite: true);
        }
    }
}
