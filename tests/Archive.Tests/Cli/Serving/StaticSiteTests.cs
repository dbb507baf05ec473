using PaperArchive.Cli.Serving;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Cli.Serving;

public sealed class StaticSiteTests : IDisposable
{
    private readonly TempFolder _site = new();

    public StaticSiteTests()
    {
        _site.Write("index.html", "home");
        _site.Write("papers/x/index.html", "paper x");
        _site.Write("feed.xml", "<rss/>");
        _site.Write("404.html", "not found");
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/papers/x/", "papers/x/index.html")]
    [InlineData("/feed.xml", "feed.xml")]
    public void A_path_serves_its_file_and_a_folder_its_index_page(string request, string file)
    {
        Assert.Equal(_site.Combine(file.Split('/')), StaticSite.Resolve(_site.Path, request).FilePath);
    }

    [Fact]
    public void A_folder_asked_for_without_its_slash_is_redirected_to_it()
    {
        Assert.Equal(new StaticSite.Resolution(null, "/papers/x/"), StaticSite.Resolve(_site.Path, "/papers/x"));
    }

    [Theory]
    [InlineData("//papers")]
    [InlineData("///papers")]
    [InlineData("//papers//")]
    public void A_path_starting_with_two_slashes_is_never_redirected_to_another_host(string request)
    {
        // "//papers/" in a Location header is a URL of the host "papers".
        var resolution = StaticSite.Resolve(_site.Path, request);

        Assert.False(resolution.RedirectTo is { } location && location.StartsWith("//", StringComparison.Ordinal), resolution.RedirectTo);
        Assert.True(resolution == StaticSite.Resolution.NotFound || resolution.RedirectTo == "/papers/", resolution.ToString());
    }

    [Theory]
    [InlineData("/papers/y/")]
    [InlineData("/papers/")]
    [InlineData("/nothing.html")]
    [InlineData("/../outside.txt")]
    [InlineData("/papers/../index.html")]
    [InlineData("/papers\\x/index.html")]
    public void Anything_else_is_not_found_and_never_leaves_the_site(string request)
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_site.Path)!, "outside.txt"), "secret");

        Assert.Equal(StaticSite.Resolution.NotFound, StaticSite.Resolve(_site.Path, request));
    }
}
