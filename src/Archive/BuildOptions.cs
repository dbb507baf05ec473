namespace PaperArchive;

/// <summary>Where a build reads and writes. <see cref="BaseUrl"/> overrides site.yml's <c>base_url</c> when set.</summary>
public sealed record BuildOptions
{
    public static BuildOptions Default { get; } = new();

    public string InputDirectory { get; init; } = "input";

    /// <summary>The template folder: the <c>--theme</c> option, <c>theme/</c> by default.</summary>
    public string TemplateDirectory { get; init; } = "theme";

    public string OutputDirectory { get; init; } = "output";

    public string? BaseUrl { get; init; }

    /// <summary>False to make every page and the whole search index, ignoring (and not updating) the cache of the last build.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Where the build cache is kept; by default beside the output (<see cref="Caching.BuildCache.FolderFor"/>).</summary>
    public string? CacheDirectory { get; init; }
}
