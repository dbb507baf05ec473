namespace PaperArchive.Cli.Bench;

/// <summary>What <c>archive bench</c> measures and where. <see cref="ShippedInput"/> is measured too when it exists,
/// and lends its listings' words and its themes to the synthetic archives.</summary>
internal sealed record BenchSettings(
    IReadOnlyList<int> Sizes,
    string WorkDirectory,
    string TemplateDirectory,
    string ShippedInput,
    bool Keep,
    int Seed = BenchSettings.DefaultSeed)
{
    public const int DefaultSeed = 20251208;

    public static readonly IReadOnlyList<int> DefaultSizes = [1_000, 10_000, 100_000];
}
