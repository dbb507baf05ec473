using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

/// <summary>The build reads only inside the template folder (theme/): a template or asset that links outside it is refused with
/// an error naming it, and an asset name that could leave the output's asset folder is an error, not a crash.</summary>
[Trait("Category", "Slow")]
public sealed class TemplateBoundaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public TemplateBoundaryTests()
    {
        FolderCopy.Copy(RepoPaths.ShippedTemplates, Templates);
        _folder.Write("elsewhere/secret.txt", "root:x:0:0:root:/root:/bin/bash\n");
        _folder.Write("elsewhere/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }

    private string Templates => _folder.Combine("theme");

    private string Output => _folder.Combine("output");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_asset_that_links_to_a_file_outside_the_template_folder_is_refused_and_never_published()
    {
        File.CreateSymbolicLink(Path.Combine(Templates, "assets", "js", "passwd.js"), _folder.Combine("elsewhere", "secret.txt"));

        var diagnostics = Build();

        AssertRefused(diagnostics, DiagnosticIds.TemplateLinkOutside, "theme/assets/js/passwd.js");
    }

    [Fact]
    public void An_asset_folder_that_links_outside_the_template_folder_is_refused_and_never_copied()
    {
        Directory.CreateSymbolicLink(Path.Combine(Templates, "assets", "linked"), _folder.Combine("elsewhere", "img"));

        var diagnostics = Build();

        AssertRefused(diagnostics, DiagnosticIds.TemplateLinkOutside, "theme/assets/linked");
    }

    [Fact]
    public void A_layout_that_links_outside_the_template_folder_is_refused()
    {
        File.Delete(Path.Combine(Templates, "layouts", "about.hbs"));
        File.CreateSymbolicLink(Path.Combine(Templates, "layouts", "about.hbs"), _folder.Combine("elsewhere", "secret.txt"));

        var diagnostics = Build();

        AssertRefused(diagnostics, DiagnosticIds.TemplateLinkOutside, "theme/layouts/about.hbs");
    }

    [Theory]
    [InlineData("..\\..\\..\\x.js")]
    [InlineData("..\\..\\x.js")]
    [InlineData("a\\b.js")]
    [InlineData("tab\t.js")]
    public void An_asset_whose_name_could_leave_the_asset_folder_is_an_error_not_a_crash(string name)
    {
        // The file a build that turned backslashes into slashes would reach, outside the template folder.
        _folder.Write("x.js", "console.log('outside');");
        File.WriteAllText(Path.Combine(Templates, "assets", "js", name), "console.log('odd name');");

        var diagnostics = Build();

        AssertRefused(diagnostics, DiagnosticIds.TemplateNameUnsafe, "theme/assets/js/");
        Assert.DoesNotContain(diagnostics.Sorted().Single(d => d.IsError).ToString(), c => char.IsControl(c));
    }

    private void AssertRefused(DiagnosticBag diagnostics, string id, string file)
    {
        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(id, error.Id);
        Assert.Contains(file, error.Location!.Value.File, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output), "a build with a refused template file wrote an output folder.");
    }

    private DiagnosticBag Build()
    {
        var diagnostics = new DiagnosticBag();
        ArchiveBuilder.Build(
            BuildOptions.Default with
            {
                InputDirectory = Path.Combine(RepoPaths.TestFiles, "Site", "input"),
                TemplateDirectory = Templates,
                OutputDirectory = Output,
            },
            diagnostics);
        return diagnostics;
    }
}
