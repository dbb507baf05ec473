namespace PaperArchive.Tests.Checking;

public sealed class OrphanCheckTests
{
    [Fact]
    public void Files_nothing_links_to_are_reported_whatever_their_kind()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/old/index.html", CraftedSite.Page("""<a href="../../">home</a>"""));
        site.Write("assets/unused.js", "console.log(1);\n");
        site.Write("themes/x/feed.xml", "<rss/>\n");

        var diagnostics = site.Check();

        Assert.Equal(
            ["assets/unused.js(1,1): error ARC0811: Nothing links to this file: no page, robots.txt or sitemap refers to it.",
             "papers/old/index.html(1,1): error ARC0811: Nothing links to this file: no page, robots.txt or sitemap refers to it.",
             "themes/x/feed.xml(1,1): error ARC0811: Nothing links to this file: no page, robots.txt or sitemap refers to it."],
            diagnostics);
    }

    [Fact]
    public void Entry_points_a_site_has_unlinked_are_not_orphans()
    {
        using var site = CraftedSite.Clean();
        site.Write("feeds.opml", "<opml/>\n");
        site.Write("favicon.ico", "ico");
        site.Write("_headers", "/*\n  X-Frame-Options: DENY\n");
        site.Write("_redirects", "/old /new 301\n");
        site.Write("search/index/terms/a.json", "{}\n");

        Assert.Empty(site.Check());
    }

    [Fact]
    public void Files_named_by_robots_txt_and_sitemaps_are_not_orphans()
    {
        using var site = CraftedSite.Clean();
        site.Write("robots.txt", "User-agent: *\nSITEMAP: https://paper-archive.example/archive/sitemap-index.xml\n");
        site.Write("sitemap-index.xml", "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://paper-archive.example/archive/sitemap-papers.xml</loc></sitemap></sitemapindex>\n");
        site.Write("sitemap-papers.xml", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://paper-archive.example/archive/papers/hidden/</loc></url></urlset>\n");
        site.Write("papers/hidden/index.html", CraftedSite.Page("""<a href="../../">home</a>"""));
        site.Write("404.html", CraftedSite.NotFoundPage("/archive/"));

        Assert.Empty(site.Check("https://paper-archive.example/archive"));
    }

    [Fact]
    public void A_feed_linked_from_a_page_head_is_not_an_orphan()
    {
        using var site = CraftedSite.Clean();
        site.Write("index.html", site.ReadIndexWith(string.Empty).Replace("""<link rel="alternate" type="application/rss+xml" href="feed.xml">""", string.Empty, StringComparison.Ordinal));

        var diagnostics = site.Check();

        Assert.Equal(["feed.xml(1,1): error ARC0811: Nothing links to this file: no page, robots.txt or sitemap refers to it."], diagnostics);
    }

    [Fact]
    public void The_home_page_and_the_404_page_need_no_link()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""<h2 id="method">M</h2>"""));
        site.Write("404.html", CraftedSite.Page("No page here.", title: "Not found"));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void A_page_that_only_links_to_itself_is_still_an_orphan()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/old/index.html", CraftedSite.Page("""
            <link rel="canonical" href="https://paper-archive.example/papers/old/">
            <a href="#main">skip</a><main id="main"><a href="./">this paper</a> <a href="../../">home</a></main>
            """));

        var diagnostics = site.Check("https://paper-archive.example");

        Assert.Equal(["papers/old/index.html(1,1): error ARC0811: Nothing links to this file: no page, robots.txt or sitemap refers to it."], diagnostics);
    }

    [Fact]
    public void A_page_reached_only_through_a_form_is_not_an_orphan()
    {
        using var site = CraftedSite.Clean();
        site.Write("search/index.html", CraftedSite.Page("""<form action="" method="get"><input name="q"></form><a href="../">home</a>"""));
        site.Write("index.html", site.ReadIndexWith("""<form class="site-search" role="search" action="search/" method="get"><input type="search" name="q"></form>"""));

        Assert.Empty(site.Check());
    }
}
