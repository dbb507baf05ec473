namespace PaperArchive;

/// <summary>Where a build reads and writes. <see cref="BaseUrl"/> overrides site.yml's <c>base_url</c> when set.</summary>
public sealed record BuildOptions
{
    public static BuildOptions Default { get; } = new();

    public string InputDirectory { get; init; } = "input";

    public string ThemeDirectory { get; init; } = "theme";

    public string OutputDirectory { get; init; } = "output";

    public string? BaseUrl { get; init; }

    /// <summary>False to render every page, ignoring (and not updating) the render cache of the last build.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Where the render cache is kept; by default beside the output (<see cref="Rendering.RenderCache.FolderFor"/>).</summary>
    public string? CacheDirectory { get; init; }
}
