using System.Globalization;

namespace PaperArchive.Cli.Bench;

/// <summary>The benchmark's figures as plain-text tables: one per size, then a summary of all sizes.</summary>
internal static class BenchTables
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteRow(BenchRow row, (string First, string Next) queries, TextWriter writer)
    {
        var build = row.Build.Report;
        var rebuild = row.Rebuild.Report;
        writer.WriteLine(string.Create(Invariant, $"== {row.Label}: {build.Papers:N0} papers from {row.Entries:N0} entries in {row.Listings:N0} listings (input written in {Seconds(row.GenerateMilliseconds)}) =="));
        writer.WriteLine($"  {"stage",-22} {"count",9} {"build",10} {"rebuild",10}");
        foreach (var stage in build.Stages)
        {
            var again = rebuild.Stages.FirstOrDefault(s => s.Stage == stage.Stage);
            writer.WriteLine(string.Create(Invariant, $"  {stage.Stage,-22} {stage.Count,9:N0} {Ms(stage.Milliseconds),10} {(again is null ? "" : Ms(again.Milliseconds)),10}"));
        }

        writer.WriteLine($"  {"build, in process",-22} {"",9} {Ms(build.BuildMilliseconds),10} {Ms(rebuild.BuildMilliseconds),10}");
        writer.WriteLine($"  {"build CPU time",-22} {"",9} {Ms(build.BuildCpuMilliseconds),10} {Ms(rebuild.BuildCpuMilliseconds),10}");
        writer.WriteLine($"  {"process start-up",-22} {"",9} {Ms(row.Build.StartupMilliseconds),10} {Ms(row.Rebuild.StartupMilliseconds),10}");
        writer.WriteLine($"  {"whole process",-22} {"",9} {Ms(row.Build.WholeProcessMilliseconds),10} {Ms(row.Rebuild.WholeProcessMilliseconds),10}");
        writer.WriteLine($"  {"process CPU time",-22} {"",9} {Ms(build.ProcessCpuMilliseconds),10} {Ms(rebuild.ProcessCpuMilliseconds),10}");
        writer.WriteLine($"  {"peak memory",-22} {"",9} {Megabytes(build.PeakWorkingSetBytes),10} {Megabytes(rebuild.PeakWorkingSetBytes),10}");
        writer.WriteLine($"  {"GC pauses",-22} {"",9} {Ms(build.GcPauseMilliseconds),10} {Ms(rebuild.GcPauseMilliseconds),10}");
        writer.WriteLine(string.Create(Invariant, $"  {"full collections",-22} {"",9} {build.FullCollections,10:N0} {rebuild.FullCollections,10:N0}"));
        writer.WriteLine(string.Create(Invariant, $"  {"files written",-22} {"",9} {build.Written,10:N0} {rebuild.Written,10:N0}"));
        writer.WriteLine(string.Create(Invariant, $"  {"files unchanged",-22} {"",9} {build.Unchanged,10:N0} {rebuild.Unchanged,10:N0}"));
        writer.WriteLine(string.Create(Invariant, $"  {"pages kept (cache)",-22} {"",9} {build.KeptPages,10:N0} {rebuild.KeptPages,10:N0}"));
        writer.WriteLine(string.Create(Invariant, $"  {"index segments kept",-22} {"",9} {build.KeptSearchSegments,10:N0} {rebuild.KeptSearchSegments,10:N0}"));
        writer.WriteLine(string.Create(Invariant, $"  output: {row.Output.Pages:N0} pages, {row.Output.Files:N0} files, {Megabytes(row.Output.Bytes)}"));
        writer.WriteLine(string.Create(Invariant,
            $"  search index: {row.Search.IndexFiles:N0} files, {Kilobytes(row.Search.IndexBytes)}; query '{queries.First}' loads {Kilobytes(row.Search.FirstQueryBytes)}, then '{queries.Next}' {Kilobytes(row.Search.NextQueryBytes)} more"));
        if (!build.Succeeded || !rebuild.Succeeded)
        {
            writer.WriteLine(string.Create(Invariant, $"  BUILD FAILED: {build.Errors} errors in the build, {rebuild.Errors} in the rebuild."));
        }

        if (BenchTarget.For(row.Label) is { } target)
        {
            writer.WriteLine($"  target: {target.Verdict(row)}");
        }
    }

    public static void WriteSummary(BenchResults results, TextWriter writer)
    {
        writer.WriteLine($"Summary ({results.Machine})");
        writer.WriteLine($"| {"size",-8} | {"papers",8} | {"build s",7} | {"whole s",7} | {"cpu s",7} | {"peak MB",7} | {"pages",7} | {"files",7} | {"out MB",7} | {"index MB",8} | {"query KB",8} | {"next KB",7} | {"rebuild s",9} | {"rewritten",9} | target");
        writer.WriteLine($"|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 9)}|{new string('-', 11)}|{new string('-', 11)}|--------");
        foreach (var row in results.Rows)
        {
            var build = row.Build.Report;
            writer.WriteLine(string.Create(Invariant,
                $"| {row.Label,-8} | {build.Papers,8:N0} | {build.BuildMilliseconds / 1000,7:F2} | {row.Build.WholeProcessMilliseconds / 1000,7:F2} | {build.ProcessCpuMilliseconds / 1000,7:F2} | {build.PeakWorkingSetBytes / 1048576.0,7:F0} | {row.Output.Pages,7:N0} | {row.Output.Files,7:N0} | {row.Output.Bytes / 1048576.0,7:F1} | {row.Search.IndexBytes / 1048576.0,8:F2} | {row.Search.FirstQueryBytes / 1024.0,8:F1} | {row.Search.NextQueryBytes / 1024.0,7:F1} | {row.Rebuild.WholeProcessMilliseconds / 1000,9:F2} | {row.Rebuild.Report.Written,9:N0} | {BenchTarget.For(row.Label)?.Verdict(row) ?? "-"}"));
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

    private static string Ms(double milliseconds) => milliseconds.ToString("N0", Invariant) + " ms";

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("F1", Invariant) + " s";

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("F1", Invariant) + " MB";

    private static string Kilobytes(long bytes) => (bytes / 1024.0).ToString("F1", Invariant) + " KB";
}
