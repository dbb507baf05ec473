using System.Globalization;
using System.Text.RegularExpressions;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Cli;

/// <summary>What <c>archive build</c> prints, run as a user would with its output redirected (as in CI).</summary>
[Trait("Category", "Slow")]
public sealed partial class BuildCommandTests : IDisposable
{
    private readonly InputCopy _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void A_build_prints_its_stages_and_a_summary_on_stdout_and_no_progress_bar_in_a_log()
    {
        var result = Build();

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^  load input +\d+ +\d+ ms$", result.StandardOutput);
        Assert.Matches(@"(?m)^  write output +[\d,]+ +\d+ ms$", result.StandardOutput);
        var summary = Summary().Match(result.StandardOutput);
        Assert.True(summary.Success, result.StandardOutput);
        Assert.Equal(BuiltSites.ShippedPaperCount.ToString("N0", CultureInfo.InvariantCulture), summary.Groups["papers"].Value);
        Assert.Equal(("0", "0"), (summary.Groups["unchanged"].Value, summary.Groups["deleted"].Value));
        Assert.DoesNotContain('\r', result.StandardOutput);
        Assert.DoesNotContain("writing [", result.StandardOutput);
    }

    [Fact]
    public void A_second_build_of_the_same_input_reports_every_file_unchanged()
    {
        var first = Summary().Match(Build().StandardOutput);

        var second = Summary().Match(Build().StandardOutput);

        Assert.Equal("0", second.Groups["written"].Value);
        Assert.Equal(first.Groups["written"].Value, second.Groups["unchanged"].Value);
    }

    [Fact]
    public void A_failed_build_prints_its_diagnostics_and_summary_on_stderr_and_says_the_output_was_kept()
    {
        Build();
        _input.Write("site.yml", "title: [never closed\n");

        var result = Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ARC0002", result.StandardError);
        Assert.Matches(@"(?m)^Build failed: [\d,]+ warnings?, [\d,]+ errors?; output/ was left as it was\.$", result.StandardError);
        Assert.DoesNotContain("Built ", result.StandardOutput);
    }

    [Theory]
    [InlineData(".", "holds the input folder")]
    [InlineData("input/out", "inside the input folder")]
    public void An_output_folder_that_overlaps_the_input_is_refused_and_nothing_is_moved_or_deleted(string output, string reason)
    {
        var before = OutputSnapshot.Of(_input.Root);

        var result = CliRunner.Run(_input.Root, "build", "--theme", RepoPaths.ShippedTemplates, "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ARC0705", result.StandardError);
        Assert.Contains(reason, result.StandardError);
        OutputSnapshot.Of(_input.Root).AssertSameAs(before);
        Assert.Equal(["input"], Directory.EnumerateFileSystemEntries(_input.Root).Select(Path.GetFileName));
    }

    private CliRunner.Result Build() => CliRunner.Run(_input.Root, "build", "--theme", RepoPaths.ShippedTemplates);

    [GeneratedRegex(@"(?m)^Built (?<papers>[\d,]+) papers into output/: [\d,]+ pages?, [\d,]+ feeds?; files (?<written>[\d,]+) written \([\d.]+ [KM]?B\), (?<unchanged>[\d,]+) unchanged, (?<deleted>[\d,]+) deleted; [\d,]+ warnings?, 0 errors\.$")]
    private static partial Regex Summary();
}
