using System.Diagnostics;
using System.Text.Json;
using PaperArchive.Diagnostics;

namespace PaperArchive.Cli.Bench;

/// <summary>
/// The child side of a benchmark: runs one <see cref="ArchiveBuilder.Build"/> in this process, which does nothing
/// else, and writes what it measured as JSON, so peak memory is the build's own.
/// </summary>
internal static class BuildProbe
{
    public static int Run(BuildOptions options, string reportPath)
    {
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var result = ArchiveBuilder.Build(options, diagnostics);
        var elapsed = stopwatch.Elapsed;
        self.Refresh();
        var cpu = self.TotalProcessorTime;
        var errors = diagnostics.Sorted().Where(d => d.IsError).ToList();
        var report = new BuildProbeReport(
            result.Succeeded,
            result.Catalog?.Papers.Count ?? 0,
            errors.Count,
            diagnostics.WarningCount,
            errors.Take(5).Select(d => d.ToString()).ToList(),
            result.Stages.Select(s => new StageFigure(s.Stage, s.Elapsed.TotalMilliseconds, s.Count)).ToList(),
            elapsed.TotalMilliseconds,
            (cpu - cpuBefore).TotalMilliseconds,
            cpu.TotalMilliseconds,
            self.PeakWorkingSet64,
            result.Written?.Written ?? 0,
            result.Written?.Unchanged ?? 0,
            result.Written?.Deleted ?? 0,
            result.Written?.Bytes ?? 0,
            result.KeptPages,
            result.KeptSearchSegments,
            GC.GetTotalPauseDuration().TotalMilliseconds,
            GC.CollectionCount(2),
            GC.GetTotalAllocatedBytes(precise: true),
            GC.CollectionCount(0),
            result.KeptOtherPages);
        File.WriteAllText(reportPath, JsonSerializer.Serialize(report, BenchJson.Default.BuildProbeReport));
        return result.Succeeded ? 0 : 1;
    }
}
