namespace PaperArchive.Checking;

/// <summary>What <c>archive check</c> reads: the built output folder, and optionally the URL the site is published at,
/// so that absolute links to the site itself count as internal and root-absolute links resolve under its path.</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    public string OutputDirectory { get; init; } = "output";

    public string? BaseUrl { get; init; }
}
