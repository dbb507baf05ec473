using PaperArchive.Diagnostics;
using PaperArchive.Output;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Output;

/// <summary>The output folder is replaced whole by every build, so it must be a real folder apart from what the build
/// reads: otherwise the swap would move the input away, or a build would read (and serve would watch) its own output.</summary>
public sealed class OutputPlacementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public OutputPlacementTests()
    {
        Directory.CreateDirectory(_folder.Combine("input"));
        Directory.CreateDirectory(_folder.Combine("theme"));
        Directory.CreateDirectory(_folder.Combine("elsewhere"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_output_folder_beside_the_input_and_theme_is_fine()
    {
        Assert.Empty(Check("output"));
    }

    [Theory]
    [InlineData("linked")]
    [InlineData("linked/")]
    public void An_output_folder_that_is_a_link_is_refused(string output)
    {
        Directory.CreateSymbolicLink(_folder.Combine("linked"), _folder.Combine("elsewhere"));

        var error = Assert.Single(Check(output));

        Assert.Equal(DiagnosticIds.OutputFolderIsLink, error.Id);
        Assert.Contains(_folder.Combine("elsewhere"), error.Message);
    }

    [Theory]
    [InlineData("theme/out", "is inside the theme folder")]
    [InlineData("theme", "is the theme folder")]
    [InlineData(".", "holds the input folder")]
    [InlineData("input/../input/site", "is inside the input folder")]
    public void An_output_folder_that_overlaps_the_input_or_theme_is_refused(string output, string problem)
    {
        var errors = Check(output);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(DiagnosticIds.OutputFolderOverlaps, e.Id));
        Assert.Contains(errors, e => e.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_cannot_hide_an_output_folder_inside_the_input()
    {
        Directory.CreateSymbolicLink(_folder.Combine("sneaky"), _folder.Combine("input"));

        var error = Assert.Single(Check("sneaky/out"));

        Assert.Equal(DiagnosticIds.OutputFolderOverlaps, error.Id);
    }

    [Fact]
    public void A_build_cache_inside_the_input_is_refused_unless_the_cache_is_off()
    {
        Assert.Single(Check("output", cache: "input/.cache"));
        Assert.Empty(Check("output", cache: "input/.cache", useCache: false));
    }

    private IReadOnlyList<Diagnostic> Check(string output, string? cache = null, bool useCache = true)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions
        {
            InputDirectory = _folder.Combine("input"),
            TemplateDirectory = _folder.Combine("theme"),
            OutputDirectory = output == "." ? _folder.Path : _folder.Combine(output.Split('/')) + (output.EndsWith('/') ? "/" : string.Empty),
            CacheDirectory = cache is null ? null : _folder.Combine(cache.Split('/')),
            UseCache = useCache,
        };
        OutputPlacement.Check(options, diagnostics);
        return diagnostics.Sorted().ToList();
    }
}
