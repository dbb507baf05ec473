namespace PaperArchive.Tests.Checking;

public sealed class BaseUrlTests
{
    private const int Body = CraftedSite.FirstBodyLine;

    [Fact]
    public void Root_absolute_links_resolve_under_the_base_path_of_the_base_url()
    {
        using var site = CraftedSite.Clean();
        site.Write("404.html", CraftedSite.Page("""
            <a href="/archive/">home</a> <a href="/archive/papers/x/#method">x</a> <img src="/archive/assets/logo.png" alt="">
            <a href="/papers/x/">outside</a>
            """, title: "Not found", description: "No page here."));

        var diagnostics = site.Check("https://paper-archive.example/archive");

        Assert.Equal([$"404.html({Body + 1},1): error ARC0804: <a href=\"/papers/x/\"> points to /papers/x/, outside the site's base path /archive/."], diagnostics);
    }

    [Fact]
    public void Without_a_base_url_root_absolute_links_resolve_from_the_output_root()
    {
        using var site = CraftedSite.Clean();
        site.Write("404.html", CraftedSite.Page("""<a href="/">home</a> <a href="/papers/x/">x</a> <a href="/papers/nope/">nope</a>""", title: "Not found", description: "No page here."));

        var diagnostics = site.Check();

        Assert.Equal([$"404.html({Body},49): error ARC0804: <a href=\"/papers/nope/\"> points to papers/nope/index.html, which is not in the output."], diagnostics);
    }

    [Fact]
    public void Absolute_links_to_the_site_itself_are_checked_as_internal()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <link rel="canonical" href="https://paper-archive.example/archive/papers/x/">
            <link rel="alternate" href="https://paper-archive.example/archive/atom.xml">
            <h2 id="method">M</h2><a href="http://PAPER-ARCHIVE.example/archive/">home</a>
            """));
        site.Write("404.html", CraftedSite.NotFoundPage("/archive/"));

        var diagnostics = site.Check("https://paper-archive.example/archive/");

        Assert.Equal([$"papers/x/index.html({Body + 1},1): error ARC0804: <link href=\"https://paper-archive.example/archive/atom.xml\"> points to atom.xml, which is not in the output."], diagnostics);
    }

    [Fact]
    public void Without_a_base_url_absolute_links_are_external()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <link rel="alternate" href="https://paper-archive.example/archive/atom.xml">
            <h2 id="method">M</h2><a href="../../">home</a>
            """));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void A_base_url_that_is_not_an_http_url_is_reported()
    {
        using var site = CraftedSite.Clean();

        var diagnostics = site.Check("paper-archive.example");

        Assert.Equal(["archive: error ARC0802: The base URL 'paper-archive.example' is not an absolute http or https URL."], diagnostics);
    }
}
