using PaperArchive.Cli.Bench;
using PaperArchive.Search.Client;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Bench;

public sealed class BenchComparisonTests
{
    [Fact]
    public void Each_size_is_printed_with_its_figures_before_and_after_and_the_change()
    {
        var before = Results(Row("10000", wholeMs: 6000, cpuMs: 9600, relistMs: 4400));
        var after = Results(Row("10000", wholeMs: 4500, cpuMs: 7200, relistMs: 1200), Row("100000", wholeMs: 30000, cpuMs: 50000, relistMs: 9000));
        var text = new StringWriter();

        BenchComparison.Write(before, after, "start.json", text);

        var lines = text.ToString().Split(Environment.NewLine);
        Assert.StartsWith("Against start.json (load average 2.50 then, 2.50 now)", lines[0]);
        Assert.Contains(lines, l => l.Contains("| 10000    | whole process, s") && l.Contains("6.00") && l.Contains("4.50") && l.Contains("-25%"));
        Assert.Contains(lines, l => l.Contains("| 10000    | re-listing, x full build") && l.Contains("0.73") && l.Contains("0.27"));
        // A size the earlier run did not measure has no before and no change.
        Assert.Contains(lines, l => l.Contains("| 100000   | process CPU, s") && l.Contains("|          - |      50.00 |        - |"));
    }

    [Fact]
    public void A_baseline_that_cannot_be_read_is_refused_before_anything_is_measured()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "bench", "--sizes", "100", "--baseline", folder.Combine("missing.json"), "--work", folder.Combine("work"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.json", result.StandardError);
        Assert.False(Directory.Exists(folder.Combine("work")), "nothing was built");
    }

    private static BenchResults Results(params BenchRow[] rows) =>
        new(new MachineInfo(2, 24L << 30, "AMD EPYC", ".NET 10", "2.50"), rows);

    private static BenchRow Row(string label, double wholeMs, double cpuMs, double relistMs) =>
        new(label, 36, 11_088, 600, Run(wholeMs, cpuMs), new OutputFigures(11_131, 28_058, 185_000_000), new SearchIndexFigures(10_000_000, 6_868, 65_000, 23_000),
            Run(wholeMs * 0.6, cpuMs * 0.6), Run(relistMs, cpuMs * 0.6));

    private static BuildRun Run(double wholeMs, double cpuMs) =>
        new(wholeMs, new BuildProbeReport(true, 10_000, 0, 0, [], [], wholeMs - 100, cpuMs - 50, cpuMs, 400L << 20, 2_362, 25_977, 0, 50_000_000));
}
