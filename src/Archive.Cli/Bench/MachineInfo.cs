namespace PaperArchive.Cli.Bench;

/// <summary>The machine a benchmark ran on; figures mean little without it.</summary>
/// <param name="LoadAverage">The one-minute load average when the benchmark started: above the core count, other
/// work was competing and wall times are inflated (CPU times much less so).</param>
internal sealed record MachineInfo(int Processors, long MemoryBytes, string Cpu, string Runtime, string LoadAverage)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        CpuModel(),
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        LoadAverageNow());

    public override string ToString() =>
        $"{Processors} cores, {MemoryBytes / (1024.0 * 1024 * 1024):F0} GB, {Cpu}, {Runtime}, load average {LoadAverage}";

    private static string LoadAverageNow()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage) ? File.ReadAllText(loadAverage).Split(' ')[0] : "unknown";
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? "unknown CPU" : line[(line.IndexOf(':') + 1)..].Trim();
    }
}
