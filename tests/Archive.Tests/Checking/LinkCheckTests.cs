namespace PaperArchive.Tests.Checking;

public sealed class LinkCheckTests
{
    private const int Body = CraftedSite.FirstBodyLine;

    [Fact]
    public void A_clean_site_has_no_diagnostics()
    {
        using var site = CraftedSite.Clean();

        var (summary, diagnostics) = site.Run();

        Assert.Empty(diagnostics);
        Assert.Equal(3, summary.Pages);
    }

    [Fact]
    public void Broken_links_are_reported_with_the_line_of_the_anchor()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/y/index.html", CraftedSite.Page("""
            <p>Related:</p>
            <p>See <a href="../z/">Z</a>.</p>
            <a href="../../">home</a>
            """));
        site.Write("index.html", CraftedSite.Page("""<a href="papers/x/">X</a> <a href="papers/y/">Y</a> <link rel="stylesheet" href="assets/site.css"> <link rel="alternate" href="feed.xml"> <img src="assets/logo.png" alt="">"""));

        var diagnostics = site.Check();

        Assert.Equal([$"papers/y/index.html({Body + 1},8): error ARC0804: <a href=\"../z/\"> points to papers/z/index.html, which is not in the output."], diagnostics);
    }

    [Theory]
    [InlineData("script", "src")]
    [InlineData("img", "src")]
    [InlineData("iframe", "src")]
    [InlineData("link", "href")]
    [InlineData("form", "action")]
    public void Every_element_that_loads_a_url_is_checked(string element, string attribute)
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page($"""<h2 id="method">M</h2><a href="../../">home</a><{element} {attribute}="../../assets/gone" alt="">"""));

        var diagnostics = site.Check();

        Assert.Equal([$"papers/x/index.html({Body},48): error ARC0804: <{element} {attribute}=\"../../assets/gone\"> points to assets/gone, which is not in the output."], diagnostics);
    }

    [Fact]
    public void Every_candidate_of_a_srcset_is_checked()
    {
        using var site = CraftedSite.Clean();
        site.Write("assets/logo-2x.png", "png");
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2><a href="../../">home</a>
            <picture><source srcset="../../assets/logo.png 1x,../../assets/missing.png 2x"><img src="../../assets/logo.png" srcset="../../assets/logo-2x.png 2x" alt=""></picture>
            """));

        var diagnostics = site.Check();

        var problem = Assert.Single(diagnostics);
        Assert.StartsWith($"papers/x/index.html({Body + 1},10): error ARC0804: <source srcset=\"../../assets/missing.png\"> points to assets/missing.png", problem);
    }

    [Fact]
    public void Pretty_urls_dot_segments_queries_and_percent_encoding_resolve_as_in_a_browser()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/caf\u00e9 cr\u00e8me/index.html", CraftedSite.Page("""<a href="../../">home</a>"""));
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2>
            <a href="../../">home</a> <a href="../../papers/./x/../x/">me</a> <a href="./index.html?page=2#method">me</a>
            <a href="../caf%C3%A9%20cr%C3%A8me/">encoded</a> <a href="../../../../../assets/logo.png">above the root</a>
            """));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void A_link_to_a_folder_without_its_trailing_slash_is_broken()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""<h2 id="method">M</h2><a href="../../">home</a> <a href="../x">me</a>"""));

        var problem = Assert.Single(site.Check());

        Assert.Contains("ARC0804: <a href=\"../x\"> points to the folder papers/x without its trailing slash", problem);
    }

    [Fact]
    public void Javascript_urls_are_reported_however_they_are_disguised()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2><a href="../../">home</a>
            <a href="javascript:alert(1)">a</a>
            <a href="  JavaScript:alert(2)">b</a>
            <a href="java&#9;script:alert(3)">c</a>
            <iframe src="javascript:alert(4)"></iframe>
            """));

        var diagnostics = site.Check();

        Assert.Equal(4, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains("error ARC0806:", d));
        Assert.Equal(
            [$"papers/x/index.html({Body + 1},1)", $"papers/x/index.html({Body + 2},1)", $"papers/x/index.html({Body + 3},1)", $"papers/x/index.html({Body + 4},1)"],
            diagnostics.Select(d => d[..d.IndexOf(':')]));
    }

    [Fact]
    public void Links_to_other_hosts_and_mail_addresses_are_not_followed()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2><a href="../../">home</a>
            <a href="https://arxiv.org/abs/2502.08640">arXiv</a> <a href="//cdn.example/x.js">cdn</a>
            <a href="mailto:a@example.org">mail</a> <a href="HTTP://example.org/">upper case</a>
            """));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void Every_scheme_but_http_https_and_mailto_is_reported_in_any_href_or_src()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2><a href="../../">home</a>
            <a href="data:text/html;base64,PHNjcmlwdD4=">a</a>
            <a href=" VBScript:msgbox(1)">b</a>
            <img src="file:///etc/passwd" alt="">
            <a href="tel:+100">d</a>
            <embed src="data:image/svg+xml,x">
            <video src="ftp://files.example/v.mp4"></video>
            <map name="m"><area href="da&#9;ta:text/html,x" alt="x"></map>
            """));

        var diagnostics = site.Check();

        Assert.Equal(7, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Contains("error ARC0812:", d));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"papers/x/index.html({Body + i},{(i == 7 ? 15 : 1)})"), diagnostics.Select(d => d[..d.IndexOf(':')]));
        string[] schemes = ["data:", "vbscript:", "file:", "tel:", "data:", "ftp:", "data:"];
        Assert.All(schemes.Zip(diagnostics), pair => Assert.Contains($"the scheme '{pair.First}'", pair.Second));
    }

    [Fact]
    public void Stylesheet_urls_are_checked_and_keep_fonts_from_being_orphans()
    {
        using var site = CraftedSite.Clean();
        site.Write("assets/fonts/serif.woff2", "font");
        site.Write("assets/site.css", "/* url(old.woff2) */\n@font-face {\n  src: url(\"fonts/serif.woff2\") format(\"woff2\"), url(fonts/gone.woff2);\n}\n");

        var problem = Assert.Single(site.Check());

        Assert.Equal("assets/site.css(3,50): error ARC0804: url(fonts/gone.woff2) points to assets/fonts/gone.woff2, which is not in the output.", problem);
    }

    [Fact]
    public void A_base_element_changes_what_relative_links_resolve_against()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", """
            <!doctype html>
            <html><head><base href="../../"><title>X</title><meta name="description" content="X."></head>
            <body><h2 id="method">M</h2><a href="index.html">home</a> <a href="papers/x/#method">me</a> <a href="x/">gone</a></body></html>
            """);

        var problem = Assert.Single(site.Check());

        Assert.Equal("papers/x/index.html(3,93): error ARC0804: <a href=\"x/\"> points to x/index.html, which is not in the output.", problem);
    }
}
