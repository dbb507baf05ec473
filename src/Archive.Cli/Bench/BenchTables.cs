using System.Globalization;

namespace PaperArchive.Cli.Bench;

/// <summary>The benchmark's figures as plain-text tables: one per size, then a summary of all sizes.</summary>
internal static class BenchTables
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteRow(BenchRow row, (string First, string Next) queries, TextWriter writer)
    {
        var build = row.Build.Report;
        var runs = new[] { row.Build, row.Rebuild, row.Relisting };
        writer.WriteLine(string.Create(Invariant, $"== {row.Label}: {build.Papers:N0} papers from {row.Entries:N0} entries in {row.Listings:N0} listings (input written in {Seconds(row.GenerateMilliseconds)}) =="));
        writer.WriteLine($"  {"stage",-22} {"count",9} {"build",10} {"rebuild",10} {"relisting",10}");
        foreach (var stage in build.Stages)
        {
            writer.WriteLine(string.Create(Invariant, $"  {stage.Stage,-22} {stage.Count,9:N0}{Columns(runs, r => r.Report.Stages.FirstOrDefault(s => s.Stage == stage.Stage) is { } s ? Ms(s.Milliseconds) : "")}"));
        }

        Line(writer, "build, in process", runs, r => Ms(r.Report.BuildMilliseconds));
        Line(writer, "build CPU time", runs, r => Ms(r.Report.BuildCpuMilliseconds));
        Line(writer, "process start-up", runs, r => Ms(r.StartupMilliseconds));
        Line(writer, "whole process", runs, r => Ms(r.WholeProcessMilliseconds));
        Line(writer, "process CPU time", runs, r => Ms(r.Report.ProcessCpuMilliseconds));
        Line(writer, "peak memory", runs, r => Megabytes(r.Report.PeakWorkingSetBytes));
        Line(writer, "GC pauses", runs, r => Ms(r.Report.GcPauseMilliseconds));
        Line(writer, "full collections", runs, r => r.Report.FullCollections.ToString("N0", Invariant));
        Line(writer, "files written", runs, r => r.Report.Written.ToString("N0", Invariant));
        Line(writer, "files unchanged", runs, r => r.Report.Unchanged.ToString("N0", Invariant));
        Line(writer, "pages kept (cache)", runs, r => r.Report.KeptPages.ToString("N0", Invariant));
        Line(writer, "other pages kept", runs, r => r.Report.KeptOtherPages.ToString("N0", Invariant));
        Line(writer, "index segments kept", runs, r => r.Report.KeptSearchSegments.ToString("N0", Invariant));
        writer.WriteLine(string.Create(Invariant, $"  output: {row.Output.Pages:N0} pages, {row.Output.Files:N0} files, {Megabytes(row.Output.Bytes)}"));
        writer.WriteLine(string.Create(Invariant,
            $"  search index: {row.Search.IndexFiles:N0} files, {Kilobytes(row.Search.IndexBytes)}; query '{queries.First}' loads {Kilobytes(row.Search.FirstQueryBytes)}, then '{queries.Next}' {Kilobytes(row.Search.NextQueryBytes)} more"));
        if (row.RelistingRatio is { } ratio)
        {
            writer.WriteLine(string.Create(Invariant, $"  re-listing rebuild: {ratio:F2}x the full build's whole process"));
        }

        if (runs.Any(r => r is not null && !r.Report.Succeeded))
        {
            writer.WriteLine(string.Create(Invariant, $"  BUILD FAILED: {build.Errors} errors in the build, {row.Rebuild.Report.Errors} in the rebuild, {row.Relisting?.Report.Errors ?? 0} in the re-listing."));
        }

        if (BenchTarget.For(row.Label) is { } target)
        {
            writer.WriteLine($"  target: {target.Verdict(row)}");
        }
    }

    /// <summary>One figure of the build, the rebuild and the re-listing (blank when there was none).</summary>
    private static void Line(TextWriter writer, string name, BuildRun?[] runs, Func<BuildRun, string> figure) =>
        writer.WriteLine($"  {name,-22} {"",9}{Columns(runs, figure)}");

    private static string Columns(BuildRun?[] runs, Func<BuildRun, string> figure) =>
        string.Concat(runs.Select(r => $" {(r is null ? "" : figure(r)),10}"));

    public static void WriteSummary(BenchResults results, TextWriter writer)
    {
        writer.WriteLine($"Summary ({results.Machine})");
        writer.WriteLine($"| {"size",-8} | {"papers",8} | {"build s",7} | {"whole s",7} | {"cpu s",7} | {"peak MB",7} | {"pages",7} | {"files",7} | {"out MB",7} | {"index MB",8} | {"query KB",8} | {"next KB",7} | {"rebuild s",9} | {"rewritten",9} | {"relist s",8} | {"relist x",8} | {"relist files",12} | target");
        writer.WriteLine($"|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 9)}|{new string('-', 11)}|{new string('-', 11)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 14)}|--------");
        foreach (var row in results.Rows)
        {
            var build = row.Build.Report;
            writer.WriteLine(string.Create(Invariant,
                $"| {row.Label,-8} | {build.Papers,8:N0} | {build.BuildMilliseconds / 1000,7:F2} | {row.Build.WholeProcessMilliseconds / 1000,7:F2} | {build.ProcessCpuMilliseconds / 1000,7:F2} | {build.PeakWorkingSetBytes / 1048576.0,7:F0} | {row.Output.Pages,7:N0} | {row.Output.Files,7:N0} | {row.Output.Bytes / 1048576.0,7:F1} | {row.Search.IndexBytes / 1048576.0,8:F2} | {row.Search.FirstQueryBytes / 1024.0,8:F1} | {row.Search.NextQueryBytes / 1024.0,7:F1} | {row.Rebuild.WholeProcessMilliseconds / 1000,9:F2} | {row.Rebuild.Report.Written,9:N0} | {Optional(row.Relisting?.WholeProcessMilliseconds / 1000, "F2"),8} | {Optional(row.RelistingRatio, "F2"),8} | {Optional(row.Relisting?.Report.Written, "N0"),12} | {BenchTarget.For(row.Label)?.Verdict(row) ?? "-"}"));
        }
    }

    /// <summary>Says so when other work competed for the cores: wall times then mean little, CPU times still do.</summary>
    public static void WriteLoadNote(MachineInfo machine, TextWriter writer)
    {
        if (double.TryParse(machine.LoadAverage, NumberStyles.Float, Invariant, out var load) && load > machine.Processors)
        {
            writer.WriteLine(string.Create(Invariant,
                $"Note: the load average ({load:F1}) was above the {machine.Processors} cores: other processes competed, so wall times are inflated; compare CPU times."));
        }
    }

    private static string Optional(double? value, string format) => value?.ToString(format, Invariant) ?? "-";

    private static string Ms(double milliseconds) => milliseconds.ToString("N0", Invariant) + " ms";

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("F1", Invariant) + " s";

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("F1", Invariant) + " MB";

    private static string Kilobytes(long bytes) => (bytes / 1024.0).ToString("F1", Invariant) + " KB";
}
