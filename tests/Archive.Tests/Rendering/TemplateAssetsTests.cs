using PaperArchive.Diagnostics;
using PaperArchive.Rendering;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

public sealed class TemplateAssetsTests
{
    [Fact]
    public void Stylesheets_are_joined_in_file_name_order_into_one_hashed_file()
    {
        using var folder = new TempFolder();
        folder.Write("css/b.css", "b{}");
        folder.Write("css/a.css", "a{}\n");
        var assets = TemplateAssets.Load(folder.Path, new DiagnosticBag());

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
        var first = TemplateAssets.Load(folder.Path, new DiagnosticBag()).PathOf("js/search.js");
        folder.Write("js/search.js", "console.log(2);");
        var second = TemplateAssets.Load(folder.Path, new DiagnosticBag()).PathOf("js/search.js");

        Assert.Matches(@"^assets/js/search\.[0-9a-f]{8}\.js$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_paper_page_loads_the_shortcut_module_and_no_other_script()
    {
        using var build = new Site.SiteBuild(Path.Combine(RepoPaths.TestFiles, "Site", "input"));

        var script = Assert.Single(build.Page("papers/reward-models-disagree/index.html").Scripts, s => s.Source is { Length: > 0 });
        Assert.Matches(@"^\.\./\.\./assets/js/shortcut\.[0-9a-f]{8}\.js$", script.Source);
        Assert.Equal("module", script.Type);
    }

    [Fact]
    public void A_module_imports_the_hashed_file_of_the_module_it_names_and_its_hash_follows_that_module()
    {
        using var folder = new TempFolder();
        folder.Write("js/app/page.js", "import { fold } from \"./text.js\";\nimport \"../shared/log.js\";\nfold();\n");
        folder.Write("js/app/text.js", "export function fold() {}\n");
        folder.Write("js/shared/log.js", "console.log(1);\n");
        var first = TemplateAssets.Load(folder.Path, new DiagnosticBag());
        folder.Write("js/app/text.js", "export function fold() { return 1; }\n");
        var second = TemplateAssets.Load(folder.Path, new DiagnosticBag());

        var page = System.Text.Encoding.UTF8.GetString(first.Files.Single(f => f.Path == first.PathOf("js/app/page.js")).Content);
        Assert.Contains($"from \"./{Path.GetFileName(first.PathOf("js/app/text.js"))}\"", page);
        Assert.Contains($"import \"../shared/{Path.GetFileName(first.PathOf("js/shared/log.js"))}\"", page);
        Assert.NotEqual(first.PathOf("js/app/page.js"), second.PathOf("js/app/page.js"));
    }

    [Fact]
    public void A_module_importing_a_file_the_assets_lack_is_reported_at_its_line()
    {
        using var folder = new TempFolder();
        var page = folder.Write("js/page.js", "// the page\nimport { fold } from './missing.js';\n");
        var diagnostics = new DiagnosticBag();
        TemplateAssets.Load(folder.Path, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.TemplateScriptImportMissing, error.Id);
        Assert.Equal(new SourceLocation(page, 2, 23), error.Location);
    }

    [Fact]
    public void Modules_that_import_each_other_are_reported_not_hashed_in_a_loop()
    {
        using var folder = new TempFolder();
        folder.Write("js/a.js", "import './b.js';\n");
        folder.Write("js/b.js", "import './a.js';\n");
        var diagnostics = new DiagnosticBag();
        TemplateAssets.Load(folder.Path, diagnostics);

        Assert.Equal(DiagnosticIds.TemplateScriptImportCycle, Assert.Single(diagnostics.Sorted()).Id);
    }
}
