using PaperArchive.Checking;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Checking;

/// <summary><c>archive check</c> over real builds: the site the shipped input makes, and the hostile fixture's, must
/// have no broken link or fragment, no orphan, no page without title or description.</summary>
[Trait("Category", "Slow")]
public sealed class ShippedBuildCheckTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("shipped", "https://paper-archive.netlify.app")]
    [InlineData("hostile", "https://example.org/hostile")]
    public void A_real_build_passes_the_check_with_no_problem(string which, string baseUrl)
    {
        var input = which == "shipped" ? RepoPaths.ShippedInput : BuiltSites.HostileInput;
        var output = _temp.Combine("output");
        BuiltSites.Build(input, output);

        var diagnostics = new DiagnosticBag();
        var summary = SiteChecker.Check(CheckOptions.Default with { OutputDirectory = output, BaseUrl = baseUrl }, diagnostics);

        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        Assert.True(summary.Pages > (which == "shipped" ? BuiltSites.ShippedPaperCount : 5), $"only {summary.Pages} pages were checked");
    }

    [Fact]
    public void A_build_with_a_deleted_paper_page_fails_the_check_naming_the_pages_that_link_to_it()
    {
        var output = _temp.Combine("output");
        BuiltSites.Build(RepoPaths.ShippedInput, output);
        var victim = Directory.GetDirectories(Path.Combine(output, "papers")).First(d => !d.EndsWith("page", StringComparison.Ordinal));
        Directory.Delete(victim, recursive: true);

        var diagnostics = new DiagnosticBag();
        SiteChecker.Check(CheckOptions.Default with { OutputDirectory = output, BaseUrl = "https://paper-archive.netlify.app" }, diagnostics);

        Assert.Contains(diagnostics.Sorted(), d => d.IsError && d.Message.Contains(Path.GetFileName(victim), StringComparison.Ordinal));
    }
}
