using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Input;

[Trait("Category", "Slow")]
public sealed class BadInputFolderTests
{
    private static string GoodListing(string title) =>
        Support.Listings.Page("Dec 8", Support.Listings.Entry(title, "Feb 12"));

    [Fact]
    public void A_fifty_megabyte_line_is_cut_with_a_warning_and_every_paper_is_kept()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("listings", "2025-12-08-huge.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = File.Create(path))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(Support.Listings.Page("Dec 8", Support.Listings.Entry("Paper One", "Feb 12"), "Paper Two\n\n")));
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'x');
            for (var i = 0; i < 50; i++)
            {
                stream.Write(chunk);
            }

            stream.Write(".\n\nPaper Three\n\nA short abstract.\n"u8);
        }

        var diagnostics = new DiagnosticBag();
        var content = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = folder.Path }, diagnostics);

        Assert.Equal(["paper-one", "paper-three", "paper-two"], content.Catalog.Papers.Select(p => p.Slug));
        Assert.Equal(ListingText.MaxLineLength, content.Catalog.FindBySlug("paper-two")!.Abstract!.Length);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.LineTooLong, 24), (warning.Id, warning.Location!.Value.Line));
        Assert.EndsWith("2025-12-08-huge.txt", warning.Location.Value.File);
    }

    [Theory]
    [InlineData("2025-12-09-binary.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "ARC0111")]
    [InlineData("2025-12-09-latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x0A }, "ARC0111")]
    [InlineData("2025-12-09-empty.txt", new byte[0], "ARC0110")]
    public void A_listing_that_cannot_be_read_fails_the_build_and_leaves_the_previous_output_alone(string name, byte[] content, string id)
    {
        using var folder = new TempFolder();
        folder.Write("input/listings/2025-12-08-good.txt", GoodListing("Paper One"));
        File.WriteAllBytes(folder.Combine("input", "listings", name), content);
        var previous = folder.Write("site/index.html", "the previous site");

        var result = CliRunner.Run(folder.Path, "build", "--input", "input", "--output", "site", "--theme", RepoPaths.ShippedTemplates);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches($@"input/listings/{name}\(\d+,1\): error {id}:", result.StandardError);
        Assert.DoesNotContain("Exception", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal(["index.html"], Directory.GetFiles(folder.Combine("site")).Select(Path.GetFileName));
        Assert.Equal("the previous site", File.ReadAllText(previous));
    }

    [Fact]
    public void A_site_yml_with_a_yaml_error_fails_with_its_line_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        folder.Write("input/listings/2025-12-08-good.txt", GoodListing("Paper One"));
        folder.Write("input/site.yml", "title: Paper Archive\nfeeds:\n  items: [50\nlanguage: en\n");

        var result = CliRunner.Run(folder.Path, "inspect", "--input", "input");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"input/site\.yml\(\d+,\d+\): error ARC0002: site\.yml is not valid YAML", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void A_binary_site_yml_is_an_error_not_the_default_settings()
    {
        using var folder = new TempFolder();
        folder.Write("input/listings/2025-12-08-good.txt", GoodListing("Paper One"));
        File.WriteAllBytes(folder.Combine("input", "site.yml"), [0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]);

        var diagnostics = new DiagnosticBag();
        ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = folder.Combine("input") }, diagnostics);

        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.ConfigNotText, error.Id);
        Assert.EndsWith("site.yml", error.Location!.Value.File);
    }

    [Fact]
    public void A_listing_larger_than_any_saved_page_is_an_error_and_not_read_into_memory()
    {
        using var folder = new TempFolder();
        folder.Write("listings/2025-12-08-good.txt", GoodListing("Paper One"));
        using (var huge = File.Create(folder.Combine("listings", "2025-12-09-disk-image.txt")))
        {
            // A sparse file: its length is set without writing a byte, so the test stays cheap.
            huge.SetLength(PaperArchive.Input.InputLoader.MaxListingBytes + 1);
        }

        var diagnostics = new DiagnosticBag();
        var input = PaperArchive.Input.InputLoader.Load(folder.Path, diagnostics);

        Assert.Equal(["2025-12-08-good.txt"], input.Listings.Select(l => l.File));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.ListingTooLarge, true), (error.Id, error.IsError));
    }
}
