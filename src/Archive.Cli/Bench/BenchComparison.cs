using System.Globalization;
using System.Text.Json;

namespace PaperArchive.Cli.Bench;

/// <summary>
/// The figures of this run beside those of an earlier one (<c>archive bench --baseline FILE</c>, FILE being an earlier
/// run's <c>--json</c>): the before and after that a change to a hot path is judged by, size by size.
/// </summary>
internal static class BenchComparison
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The earlier run, or an error sentence: read before the bench starts, so a bad file costs no run.</summary>
    public static (BenchResults? Results, string? Error) Read(string path)
    {
        try
        {
            var results = JsonSerializer.Deserialize(File.ReadAllText(path), BenchJson.Default.BenchResults);
            return results is { Rows: not null } ? (results, null) : (null, $"{path} holds no bench figures.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"cannot read the baseline {path}: {e.Message}");
        }
    }

    public static void Write(BenchResults before, BenchResults after, string beforeName, TextWriter writer)
    {
        writer.WriteLine($"Against {beforeName} (load average {before.Machine.LoadAverage} then, {after.Machine.LoadAverage} now)");
        writer.WriteLine($"| {"size",-8} | {"figure",-24} | {"before",10} | {"after",10} | {"change",8} |");
        writer.WriteLine($"|{new string('-', 10)}|{new string('-', 26)}|{new string('-', 12)}|{new string('-', 12)}|{new string('-', 10)}|");
        foreach (var row in after.Rows)
        {
            var earlier = before.Rows.FirstOrDefault(r => r.Label == row.Label);
            foreach (var (name, figure, format) in Figures)
            {
                var now = figure(row);
                var then = earlier is null ? null : figure(earlier);
                if (now is null && then is null)
                {
                    continue;
                }

                writer.WriteLine(string.Create(Invariant,
                    $"| {row.Label,-8} | {name,-24} | {Text(then, format),10} | {Text(now, format),10} | {Change(then, now),8} |"));
            }
        }
    }

    private static readonly (string Name, Func<BenchRow, double?> Figure, string Format)[] Figures =
    [
        ("whole process, s", r => r.Build.WholeProcessMilliseconds / 1000, "F2"),
        ("process CPU, s", r => r.Build.Report.ProcessCpuMilliseconds / 1000, "F2"),
        ("peak memory, MB", r => r.Build.Report.PeakWorkingSetBytes / 1048576.0, "F0"),
        ("rebuild +50, s", r => r.Rebuild.WholeProcessMilliseconds / 1000, "F2"),
        ("rebuild +50, files", r => r.Rebuild.Report.Written, "N0"),
        ("re-listing, s", r => r.Relisting?.WholeProcessMilliseconds / 1000, "F2"),
        ("re-listing, x full build", r => r.RelistingRatio, "F2"),
        ("re-listing, files", r => r.Relisting?.Report.Written, "N0"),
    ];

    private static string Text(double? value, string format) => value?.ToString(format, Invariant) ?? "-";

    private static string Change(double? before, double? after) =>
        before is > 0 && after is { } now ? ((now - before.Value) / before.Value).ToString("+0%;-0%;0%", Invariant) : "-";
}
