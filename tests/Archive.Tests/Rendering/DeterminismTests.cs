using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var input = Path.Combine(RepoPaths.TestFiles, "Hostile", "input");
        using var first = new SiteBuild(input);
        using var second = new SiteBuild(input);

        var files = Directory.EnumerateFiles(first.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first.Output, f)).Order().ToList();
        Assert.Equal(files, Directory.EnumerateFiles(second.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second.Output, f)).Order().ToList());
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, f)), File.ReadAllBytes(Path.Combine(second.Output, f))));
    }

    [Fact]
    public void A_base_url_from_the_command_line_changes_absolute_urls_but_not_internal_links()
    {
        var input = Path.Combine(RepoPaths.TestFiles, "Site", "input");
        using var build = new SiteBuild(input, baseUrl: "https://mirror.example.net/sub/path/");
        var page = build.Page("papers/reward-models-disagree/index.html");

        Assert.Equal("https://mirror.example.net/sub/path/papers/reward-models-disagree/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("../../themes/alignment/", page.QuerySelector(".chips a")!.GetAttribute("href"));
        Assert.Contains("<loc>https://mirror.example.net/sub/path/</loc>", build.Text("sitemap.xml"));
        Assert.Equal("/sub/path/", build.Page("404.html").Body!.GetAttribute("data-root"));
    }
}
