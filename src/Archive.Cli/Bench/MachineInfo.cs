namespace PaperArchive.Cli.Bench;

/// <summary>The machine a benchmark ran on; figures mean little without it.</summary>
internal sealed record MachineInfo(int Processors, long MemoryBytes, string Cpu, string Runtime)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        CpuModel(),
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);

    public override string ToString() =>
        $"{Processors} cores, {MemoryBytes / (1024.0 * 1024 * 1024):F0} GB, {Cpu}, {Runtime}";

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? "unknown CPU" : line[(line.IndexOf(':') + 1)..].Trim();
    }
}
