using PaperArchive.Checking;

namespace PaperArchive.Tests.Checking;

public sealed class SiteAddressTests
{
    private static readonly SiteAddress Archive = SiteAddress.For("https://paper-archive.example/archive")!;

    [Theory]
    [InlineData("papers/x/index.html", "../y/", "papers/y/", null)]
    [InlineData("papers/x/index.html", "../../", "", null)]
    [InlineData("papers/x/index.html", "", "papers/x/index.html", null)]
    [InlineData("papers/x/index.html", "?page=2#abstract", "papers/x/index.html", "abstract")]
    [InlineData("papers/x/index.html", "#", "papers/x/index.html", "")]
    [InlineData("papers/x/index.html", "../a%20b/#caf%C3%A9", "papers/a b/", "caf\u00e9")]
    [InlineData("papers/x/index.html", "../.././robots.txt", "robots.txt", null)]
    [InlineData("papers/x/index.html", "/archive/themes/", "themes/", null)]
    [InlineData("papers/x/index.html", "/archive", "", null)]
    [InlineData("papers/x/index.html", "https://paper-archive.example/archive/feed.xml", "feed.xml", null)]
    [InlineData("papers/x/index.html", "http://paper-archive.example/archive/feed.xml", "feed.xml", null)]
    [InlineData("papers/x/index.html", "..\\y\\", "papers/y/", null)]
    [InlineData("a b/index.html", "c%2Bd.png", "a b/c+d.png", null)]
    public void References_resolve_to_paths_in_the_output_as_a_browser_would(string page, string reference, string path, string? fragment)
    {
        var target = Archive.Resolve(Archive.UrlOf(page), reference);

        Assert.Equal(new LinkTarget.Internal(path, fragment), target);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/1")]
    [InlineData("//cdn.example/x.js")]
    [InlineData("https://paper-archive.example:8443/archive/")]
    [InlineData("mailto:a@example.org")]
    public void Other_hosts_ports_and_mail_addresses_are_external(string reference)
    {
        Assert.IsType<LinkTarget.External>(Archive.Resolve(Archive.UrlOf("index.html"), reference));
    }

    [Theory]
    [InlineData("data:image/png;base64,AAAA", "data")]
    [InlineData("ftp://paper-archive.example/archive/x", "ftp")]
    [InlineData(" VBScript:msgbox(1)", "vbscript")]
    [InlineData("fi\tle:///etc/passwd", "file")]
    public void Any_other_scheme_is_forbidden(string reference, string scheme)
    {
        Assert.Equal(new LinkTarget.ForbiddenScheme(scheme), Archive.Resolve(Archive.UrlOf("index.html"), reference));
    }

    [Theory]
    [InlineData("/papers/x/", "/papers/x/")]
    [InlineData("../../../elsewhere/", "/elsewhere/")]
    [InlineData("/archived/", "/archived/")]
    [InlineData("../../../../../robots.txt", "/robots.txt")]
    public void Paths_on_the_host_outside_the_base_path_are_outside_the_site(string reference, string path)
    {
        Assert.Equal(new LinkTarget.OutsideSite(path), Archive.Resolve(Archive.UrlOf("papers/x/index.html"), reference));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" \u0001JAVASCRIPT:alert(1)")]
    [InlineData("java\tscr\nipt:alert(1)")]
    public void Javascript_urls_are_recognised_after_the_clean_up_browsers_do(string reference)
    {
        Assert.IsType<LinkTarget.Script>(Archive.Resolve(Archive.UrlOf("index.html"), reference));
    }

    [Theory]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData("a.png 1x,b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData("a.png,b.png 480w", new[] { "a.png,b.png" })] // the standard: a URL runs to the next space
    [InlineData("  a.png  ", new[] { "a.png" })]
    [InlineData("data:image/png;base64,AAA= 1x, b.png 2x", new[] { "data:image/png;base64,AAA=", "b.png" })]
    public void Every_srcset_candidate_url_is_found(string srcset, string[] urls)
    {
        Assert.Equal(urls, SrcsetParser.Urls(srcset));
    }
}
