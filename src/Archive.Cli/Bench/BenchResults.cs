using System.Text.Json.Serialization;
using PaperArchive.Search.Client;

namespace PaperArchive.Cli.Bench;

/// <summary>Everything <c>archive bench</c> measured, as <c>--json</c> writes it.</summary>
internal sealed record BenchResults(MachineInfo Machine, IReadOnlyList<BenchRow> Rows);

/// <summary>The figures of one archive size: how it was generated, its first build, its output, and the rebuild
/// after one more listing of <see cref="SyntheticArchivePlanner.AdditionSize"/> new papers, and the rebuild after a
/// listing that also re-lists <see cref="SyntheticArchivePlanner.RelistedKnown"/> known papers (none for the shipped
/// input).</summary>
internal sealed record BenchRow(
    string Label,
    int Listings,
    int Entries,
    double GenerateMilliseconds,
    BuildRun Build,
    OutputFigures Output,
    SearchIndexFigures Search,
    BuildRun Rebuild,
    BuildRun? Relisting = null)
{
    /// <summary>The re-listing rebuild's wall time as a share of the full build's, both whole processes of this run.</summary>
    public double? RelistingRatio => Relisting is { } relisting && Build.WholeProcessMilliseconds > 0
        ? relisting.WholeProcessMilliseconds / Build.WholeProcessMilliseconds
        : null;
}

/// <summary>One build in its own process: the time from starting the process to its exit, and what it reported.</summary>
internal sealed record BuildRun(double WholeProcessMilliseconds, BuildProbeReport Report)
{
    /// <summary>Process start, runtime start-up and command-line parsing: the whole process less the build itself.</summary>
    public double StartupMilliseconds => WholeProcessMilliseconds - Report.BuildMilliseconds;
}

/// <summary>What a build process measured of itself. CPU times (all threads, user and system) hardly move when
/// other work shares the machine, unlike wall times.</summary>
internal sealed record BuildProbeReport(
    bool Succeeded,
    int Papers,
    int Errors,
    int Warnings,
    IReadOnlyList<string> FirstErrors,
    IReadOnlyList<StageFigure> Stages,
    double BuildMilliseconds,
    double BuildCpuMilliseconds,
    double ProcessCpuMilliseconds,
    long PeakWorkingSetBytes,
    int Written,
    int Unchanged,
    int Deleted,
    long WrittenBytes,
    int KeptPages = 0,
    int KeptSearchSegments = 0,
    double GcPauseMilliseconds = 0,
    int FullCollections = 0,
    long AllocatedBytes = 0,
    int YoungCollections = 0,
    int KeptOtherPages = 0);

internal sealed record StageFigure(string Stage, double Milliseconds, int Count);

/// <summary>The output folder after a build: pages (<c>index.html</c> files), all files, and their bytes.</summary>
internal sealed record OutputFigures(int Pages, int Files, long Bytes);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BenchResults))]
[JsonSerializable(typeof(BuildProbeReport))]
internal sealed partial class BenchJson : JsonSerializerContext;
