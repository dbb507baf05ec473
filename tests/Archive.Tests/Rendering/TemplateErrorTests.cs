using PaperArchive.Diagnostics;
using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

/// <summary>A broken template folder is a diagnostic naming the template file, and the build writes nothing.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private static readonly string Input = Path.Combine(RepoPaths.TestFiles, "Site", "input");
    private readonly TempFolder _templates = new();

    public TemplateErrorTests() => FolderCopy.Copy(RepoPaths.ShippedTemplates, _templates.Path);

    [Fact]
    public void A_partial_that_does_not_parse_is_reported_against_its_file_and_nothing_is_written()
    {
        File.WriteAllText(Path.Combine(_templates.Path, "partials", "footer.hbs"), "<footer>\n{{#if head.site.title}}never closed\n</footer>\n");
        using var build = new SiteBuild(Input, _templates.Path);

        var error = Assert.Single(build.Diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.TemplateParseError, error.Id);
        Assert.EndsWith(Path.Combine("partials", "footer.hbs"), error.Location!.Value.File);
        Assert.False(build.Result.Succeeded);
        Assert.False(Directory.Exists(build.Output));
    }

    [Fact]
    public void A_layout_that_does_not_parse_is_reported_with_its_line()
    {
        File.WriteAllText(Path.Combine(_templates.Path, "layouts", "about.hbs"), "{{> head}}\n<main>\n{{head.title\n");
        using var build = new SiteBuild(Input, _templates.Path);

        var error = Assert.Single(build.Diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.TemplateParseError, error.Id);
        Assert.EndsWith(Path.Combine("layouts", "about.hbs"), error.Location!.Value.File);
        Assert.DoesNotContain("   at ", error.Message);
    }

    [Fact]
    public void A_layout_naming_a_field_the_model_lacks_is_reported_against_that_layout()
    {
        var paper = Path.Combine(_templates.Path, "layouts", "paper.hbs");
        File.WriteAllText(paper, File.ReadAllText(paper).Replace("{{head.heading}}", "{{head.subtitle}}", StringComparison.Ordinal));
        using var build = new SiteBuild(Input, _templates.Path);

        var error = Assert.Single(build.Diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.TemplateRenderError, error.Id);
        Assert.Equal(paper, error.Location!.Value.File);
        Assert.Contains("subtitle", error.Message);
        Assert.False(build.Result.Succeeded);
    }

    [Fact]
    public void A_mistake_only_theme_pages_reach_is_found_before_anything_is_written()
    {
        var list = Path.Combine(_templates.Path, "layouts", "list.hbs");
        File.WriteAllText(list, File.ReadAllText(list).Replace("{{format}}", "{{formatName}}", StringComparison.Ordinal));
        using var build = new SiteBuild(Input, _templates.Path);

        var error = Assert.Single(build.Diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.TemplateRenderError, error.Id);
        Assert.Contains("themes/alignment/", error.Message);
        Assert.False(Directory.Exists(build.Output));
    }

    [Fact]
    public void An_asset_the_template_folder_does_not_have_is_a_template_error()
    {
        var about = Path.Combine(_templates.Path, "layouts", "about.hbs");
        File.WriteAllText(about, File.ReadAllText(about).Replace("</main>", "<img src=\"{{asset \"img/missing.png\"}}\" alt=\"\"></main>", StringComparison.Ordinal));
        using var build = new SiteBuild(Input, _templates.Path);

        var error = Assert.Single(build.Diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.TemplateRenderError, error.Id);
        Assert.Contains("img/missing.png", error.Message);
    }

    [Fact]
    public void A_missing_layout_is_reported_by_name()
    {
        File.Delete(Path.Combine(_templates.Path, "layouts", "subscribe.hbs"));
        using var build = new SiteBuild(Input, _templates.Path);

        var error = Assert.Single(build.Diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.TemplateLayoutMissing, error.Id);
        Assert.Contains("subscribe.hbs", error.Message);
    }

    [Fact]
    public void A_missing_theme_folder_is_reported()
    {
        using var build = new SiteBuild(Input, _templates.Combine("nowhere"));

        var error = Assert.Single(build.Diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.TemplateFolderMissing, error.Id);
        Assert.False(build.Result.Succeeded);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_as_it_was()
    {
        var output = _templates.Combine("previous-output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");
        File.WriteAllText(Path.Combine(_templates.Path, "partials", "header.hbs"), "{{#each head.nav}}");
        var diagnostics = new DiagnosticBag();

        var result = ArchiveBuilder.Build(BuildOptions.Default with { InputDirectory = Input, TemplateDirectory = _templates.Path, OutputDirectory = output }, diagnostics);

        Assert.False(result.Succeeded);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    public void Dispose() => _templates.Dispose();
}
