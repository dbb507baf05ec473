using PaperArchive.Diagnostics;
using PaperArchive.Rendering;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

public sealed class ThemeAssetsTests
{
    [Fact]
    public void Stylesheets_are_joined_in_file_name_order_into_one_hashed_file()
    {
        using var folder = new TempFolder();
        folder.Write("css/b.css", "b{}");
        folder.Write("css/a.css", "a{}\n");
        var assets = ThemeAssets.Load(folder.Path, new DiagnosticBag());

        var css = Assert.Single(assets.Files, f => f.Path.EndsWith(".css", StringComparison.Ordinal));
        Assert.Matches(@"^assets/site\.[0-9a-f]{8}\.css$", css.Path);
        Assert.Equal("a{}\nb{}\n", System.Text.Encoding.UTF8.GetString(css.Content));
        Assert.Equal(css.Path, assets.PathOf("site.css"));
    }

    [Fact]
    public void Other_assets_keep_their_folder_and_carry_a_hash_of_their_content()
    {
        using var folder = new TempFolder();
        folder.Write("js/search.js", "console.log(1);");
        var first = ThemeAssets.Load(folder.Path, new DiagnosticBag()).PathOf("js/search.js");
        folder.Write("js/search.js", "console.log(2);");
        var second = ThemeAssets.Load(folder.Path, new DiagnosticBag()).PathOf("js/search.js");

        Assert.Matches(@"^assets/js/search\.[0-9a-f]{8}\.js$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_site_script_is_linked_once_the_theme_has_it()
    {
        using var theme = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.ShippedTheme, "*", SearchOption.AllDirectories))
        {
            theme.Write(Path.GetRelativePath(RepoPaths.ShippedTheme, file), File.ReadAllText(file));
        }

        theme.Write("assets/js/search.js", "// search");
        using var build = new Site.SiteBuild(Path.Combine(RepoPaths.TestFiles, "Site", "input"), theme.Path);

        var script = Assert.Single(build.Page("papers/reward-models-disagree/index.html").Scripts, s => s.Source is { Length: > 0 });
        Assert.Matches(@"^\.\./\.\./assets/js/search\.[0-9a-f]{8}\.js$", script.Source);
        Assert.True(script.IsDeferred);
    }
}
