using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

[Trait("Category", "Slow")]
public sealed class CheckCommandTests
{
    [Fact]
    public void A_clean_site_passes_with_exit_code_0_and_a_one_line_summary()
    {
        using var site = CraftedSite.Clean();

        var result = CliRunner.Run(site.Root, "check", "--output", site.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardError);
        Assert.Equal("Checked 3 pages and 11 links in 9 files: 0 problems.\n", result.StandardOutput);
    }

    [Fact]
    public void Problems_go_to_standard_error_in_file_and_line_order_and_make_the_check_exit_1()
    {
        using var site = CraftedSite.Clean("site");
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2><a href="../../">home</a>
            <a href="../gone/">gone</a>
            <img src="../../assets/logo.png">
            """));
        site.Write("about/index.html", CraftedSite.Page("""<a href="../">home</a> <a href="../nowhere/">x</a>"""));

        var result = CliRunner.Run(site.Root, "check", "--output", "site");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            """
            site/about/index.html(1,1): error ARC0811: Nothing links to this file: no page, robots.txt or sitemap refers to it.
            site/about/index.html(8,24): error ARC0804: <a href="../nowhere/"> points to nowhere/index.html, which is not in the output.
            site/papers/x/index.html(9,1): error ARC0804: <a href="../gone/"> points to papers/gone/index.html, which is not in the output.
            site/papers/x/index.html(10,1): error ARC0808: The image has no alt attribute; describe it, or write alt="" if it is only decoration.

            """,
            result.StandardError);
        Assert.EndsWith(": 4 problems.\n", result.StandardOutput);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void The_output_option_defaults_to_the_output_folder()
    {
        using var site = CraftedSite.Clean("output");
        site.Write("papers/x/index.html", CraftedSite.Page("""<h2 id="method">M</h2><a href="../../">home</a> <a href="../y/">y</a>"""));

        var result = CliRunner.Run(site.Root, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("output/papers/x/index.html(8,49): error ARC0804:", result.StandardError);
    }

    [Fact]
    public void A_missing_output_folder_is_reported_as_such()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "check", "--output", "public");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("archive: error ARC0801: The output folder 'public' does not exist; build the site first (archive build) or pass --output.\n", result.StandardError);
        Assert.Equal("Checked 0 pages and 0 links in 0 files: 1 problem.\n", result.StandardOutput);
    }

    [Fact]
    public void The_base_url_option_makes_absolute_links_to_the_site_internal()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""<h2 id="method">M</h2><a href="https://paper-archive.example/">home</a> <a href="https://paper-archive.example/papers/y/">y</a>"""));

        var without = CliRunner.Run(site.Root, "check", "--output", site.Path);
        var with = CliRunner.Run(site.Root, "check", "--output", site.Path, "--base-url", "https://paper-archive.example");

        Assert.Equal(0, without.ExitCode);
        Assert.Equal(string.Empty, without.StandardError);
        Assert.Equal(1, with.ExitCode);
        Assert.Contains("ARC0804: <a href=\"https://paper-archive.example/papers/y/\"> points to papers/y/index.html, which is not in the output.", with.StandardError);
    }
}
