using System.Globalization;
using PaperArchive.Diagnostics;

namespace PaperArchive.Cli.Building;

/// <summary>What <c>build</c> and <c>serve</c> print about a build on standard output: each stage with its count
/// and time, then one summary of the site and of what changed in the output folder.</summary>
public static class BuildReport
{
    public static void PrintStages(BuildResult result, TextWriter writer)
    {
        foreach (var stage in result.Stages)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage.Stage,-16} {stage.Count,7:N0}  {stage.Elapsed.TotalMilliseconds,8:F0} ms"));
        }

        if (result.KeptPages > 0 || result.KeptOtherPages > 0 || result.KeptSearchSegments > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"kept",-16} {result.KeptPages + result.KeptOtherPages,7:N0}  pages and {result.KeptSearchSegments} search index segments unchanged since the last build, not made again"));
        }
    }

    public static string Summary(BuildResult result, DiagnosticBag diagnostics, string outputDirectory)
    {
        outputDirectory = outputDirectory.TrimEnd('/', '\\');
        var problems = $"{Count(diagnostics.WarningCount, "warning")}, {Count(diagnostics.ErrorCount, "error")}";
        if (result.Written is not { } written)
        {
            return $"Build failed: {problems}; {outputDirectory}/ was left as it was.";
        }

        var papers = result.Catalog?.Papers.Count ?? 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"Built {Count(papers, "paper")} into {outputDirectory}/: {Count(written.Pages, "page")}, {Count(result.Feeds, "feed")}; " +
            $"files {written.Written:N0} written ({Size(written.Bytes)}), {written.Unchanged:N0} unchanged, {written.Deleted:N0} deleted; {problems}.");
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):F1} MB"),
    };
}
