using PaperArchive.Diagnostics;
using PaperArchive.Input;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Input;

/// <summary>The build reads only inside the input folder: a link that leads out of it is refused with an error that
/// names it, and a file name no curator means (backslashes, '..', control characters) is an error, never a crash or
/// a silent skip.</summary>
public sealed class InputBoundaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public InputBoundaryTests()
    {
        _folder.Write("input/listings/2025-12-08-good.txt", Listing("Paper Inside"));
        _folder.Write("elsewhere/2025-12-09-outside.txt", Listing("Paper From Elsewhere"));
        _folder.Write("elsewhere/site.yml", "title: Not Our Site\n");
        _folder.Write("elsewhere/paper-inside.md", "---\nhidden: true\n---\n");
    }

    private string Input => _folder.Combine("input");

    public void Dispose() => _folder.Dispose();

    private static string Listing(string title) => Support.Listings.Page("Dec 8", Support.Listings.Entry(title, "Feb 12"));

    [Fact]
    public void A_listing_that_links_outside_the_input_folder_is_refused_by_name()
    {
        File.CreateSymbolicLink(_folder.Combine("input", "listings", "2025-12-09-linked.txt"), _folder.Combine("elsewhere", "2025-12-09-outside.txt"));

        var (input, diagnostics) = Load();

        Assert.Equal(["2025-12-08-good.txt"], input.Listings.Select(l => l.File));
        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.InputLinkOutside, error.Id);
        Assert.EndsWith("input/listings/2025-12-09-linked.txt", error.Location!.Value.File);
        Assert.Contains("outside the input folder", error.Message);
    }

    [Fact]
    public void A_listing_that_links_to_another_file_inside_the_input_folder_is_read()
    {
        _folder.Write("input/archive/2025-12-09-kept.txt", Listing("Paper Kept Aside"));
        File.CreateSymbolicLink(_folder.Combine("input", "listings", "2025-12-09-kept.txt"), _folder.Combine("input", "archive", "2025-12-09-kept.txt"));

        var (input, diagnostics) = Load();

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(["2025-12-08-good.txt", "2025-12-09-kept.txt"], input.Listings.Select(l => l.File));
    }

    [Fact]
    public void A_listings_folder_that_links_outside_is_refused()
    {
        Directory.Delete(_folder.Combine("input", "listings"), recursive: true);
        Directory.CreateSymbolicLink(_folder.Combine("input", "listings"), _folder.Combine("elsewhere"));

        var (input, diagnostics) = Load();

        Assert.Empty(input.Listings);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.InputLinkOutside && d.Location!.Value.File.EndsWith("input/listings", StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_yml_that_links_outside_is_refused()
    {
        File.CreateSymbolicLink(_folder.Combine("input", "site.yml"), _folder.Combine("elsewhere", "site.yml"));

        var (input, diagnostics) = Load();

        Assert.NotEqual("Not Our Site", input.Config.Title);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.InputLinkOutside && d.Location!.Value.File.EndsWith("input/site.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void An_override_that_links_outside_is_refused()
    {
        Directory.CreateDirectory(_folder.Combine("input", "papers"));
        File.CreateSymbolicLink(_folder.Combine("input", "papers", "paper-inside.md"), _folder.Combine("elsewhere", "paper-inside.md"));

        var (input, diagnostics) = Load();

        Assert.Empty(input.Overrides);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.InputLinkOutside && d.Location!.Value.File.EndsWith("input/papers/paper-inside.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_metadata_file_that_links_outside_is_refused()
    {
        _folder.Write("elsewhere/paper-inside.yml", "arxiv: 2410.05434\n");
        Directory.CreateDirectory(_folder.Combine("input", "metadata"));
        File.CreateSymbolicLink(_folder.Combine("input", "metadata", "paper-inside.yml"), _folder.Combine("elsewhere", "paper-inside.yml"));

        var (input, diagnostics) = Load();

        Assert.Empty(input.Metadata);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.InputLinkOutside && d.Location!.Value.File.EndsWith("input/metadata/paper-inside.yml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("..md")]
    [InlineData("..\\..\\x.md")]
    [InlineData("a\\b.md")]
    [InlineData("bell\u0007.md")]
    [InlineData("line\nbreak.md")]
    public void An_override_with_a_name_no_paper_can_have_is_an_error_not_a_skip(string name)
    {
        _folder.Write(Path.Combine("input", "papers", name), "---\nhidden: true\n---\n");

        var (input, diagnostics) = Load();

        Assert.Empty(input.Overrides);
        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.InputNameUnsafe, error.Id);
        Assert.DoesNotContain(error.ToString(), c => char.IsControl(c));
    }

    [Theory]
    [InlineData("2025-12-09-a\\b.txt")]
    [InlineData("2025-12-09-\u001b[31m.txt")]
    public void A_listing_with_a_name_no_listing_can_have_is_an_error(string name)
    {
        _folder.Write(Path.Combine("input", "listings", name), Listing("Paper With An Odd File Name"));

        var (input, diagnostics) = Load();

        Assert.Equal(["2025-12-08-good.txt"], input.Listings.Select(l => l.File));
        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.InputNameUnsafe, error.Id);
        Assert.DoesNotContain(error.ToString(), c => char.IsControl(c));
    }

    [Fact]
    public void A_build_whose_input_links_outside_fails_and_leaves_the_previous_output_alone()
    {
        File.CreateSymbolicLink(_folder.Combine("input", "listings", "2025-12-09-linked.txt"), _folder.Combine("elsewhere", "2025-12-09-outside.txt"));
        var previous = _folder.Write("site/index.html", "the previous site");

        var result = CliRunner.Run(_folder.Path, "build", "--input", "input", "--output", "site", "--theme", RepoPaths.ShippedTemplates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/listings/2025-12-09-linked.txt(1,1): error ARC0009:", result.StandardError);
        Assert.Equal("the previous site", File.ReadAllText(previous));
    }

    private (ArchiveInput Input, DiagnosticBag Diagnostics) Load()
    {
        var diagnostics = new DiagnosticBag();
        return (InputLoader.Load(Input, diagnostics), diagnostics);
    }
}
