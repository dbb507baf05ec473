namespace PaperArchive.Cli.Bench;

/// <summary>The targets the project set (on 2 cores and 24 GB), so the tables say plainly whether they are met.</summary>
internal sealed record BenchTarget(double WholeSeconds, long PeakMegabytes, double? RebuildSeconds, double? RelistingRatio = null)
{
    public static BenchTarget? For(string label) => label switch
    {
        BenchRunner.ShippedLabel => new(1, 300, null),
        "10000" => new(6, 800, 2, 0.3),
        "100000" => new(30, 1024, null),
        _ => null,
    };

    public string Verdict(BenchRow row)
    {
        var missed = new List<string>();
        if (row.Build.WholeProcessMilliseconds > WholeSeconds * 1000)
        {
            missed.Add($"time > {WholeSeconds:0} s");
        }

        if (row.Build.Report.PeakWorkingSetBytes > PeakMegabytes * 1024 * 1024)
        {
            missed.Add($"memory > {PeakMegabytes} MB");
        }

        if (RebuildSeconds is { } rebuild && row.Rebuild.WholeProcessMilliseconds > rebuild * 1000)
        {
            missed.Add($"rebuild > {rebuild:0} s");
        }

        if (RelistingRatio is { } ratio && row.RelistingRatio > ratio)
        {
            missed.Add($"re-listing > {ratio:0.0}x the build");
        }

        return missed.Count == 0 ? "met" : "MISSED: " + string.Join(", ", missed);
    }
}
