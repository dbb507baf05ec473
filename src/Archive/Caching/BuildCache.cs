using System.Collections.Concurrent;
using PaperArchive.Diagnostics;

namespace PaperArchive.Caching;

/// <summary>
/// What the last successful build made, kept beside the output (see <see cref="FolderFor"/>) so that the next build
/// can skip the work whose inputs are unchanged. Stages describe that work as <see cref="WorkUnit"/>s and hand them to
/// their <see cref="StageCache"/>, which reuses or remakes each; each stage's units are kept in a file of their own,
/// loaded when the stage asks for them and saved by <see cref="Save"/> once the site is written. A missing,
/// unreadable or older cache only means that everything is made again.
/// </summary>
public sealed class BuildCache
{
    private readonly string? _folder;
    private readonly string _output;
    private readonly ConcurrentDictionary<string, StageCache> _stages = new(StringComparer.Ordinal);
    private ListingCache? _listings;

    private BuildCache(string? folder, string output)
    {
        _folder = folder;
        _output = output;
    }

    /// <summary>No cache: every unit is made, nothing is read or saved.</summary>
    public static BuildCache Disabled { get; } = new(null, string.Empty);

    /// <summary>The cache of the output folder <c>site/public</c> is <c>site/.archive-cache/public/</c>: outside the
    /// output, so it is never published, and one per output folder.</summary>
    public static string FolderFor(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output) ?? output, ".archive-cache", Path.GetFileName(output));
    }

    /// <summary>The cache a build with these options uses: <see cref="BuildOptions.CacheDirectory"/> or the folder
    /// beside the output, or <see cref="Disabled"/> when the options turn it off.</summary>
    public static BuildCache For(BuildOptions options) => options.UseCache
        ? new BuildCache(options.CacheDirectory ?? FolderFor(options.OutputDirectory), Path.GetFullPath(options.OutputDirectory))
        : Disabled;

    /// <summary>The units of the stage <paramref name="name"/>, kept in <c>&lt;name&gt;.cache</c>.</summary>
    public StageCache Stage(string name) => _folder is null
        ? StageCache.None
        : _stages.GetOrAdd(name, n => StageCache.Load(Path.Combine(_folder, n + ".cache"), _output));

    /// <summary>The listings as the last build parsed them, kept in <c>listings.cache</c>.</summary>
    internal ListingCache Listings => _folder is null
        ? ListingCache.None
        : LazyInitializer.EnsureInitialized(ref _listings, () => ListingCache.Load(Path.Combine(_folder, "listings.cache")));

    /// <summary>After the output was written: records what every stage made, and the files as they now are. Not
    /// called when the build failed, so the cache always describes an output that a build really wrote.</summary>
    public void Save(DiagnosticBag diagnostics)
    {
        Parallel.ForEach(_stages.Values, stage => stage.Save(diagnostics));
        _listings?.Save(diagnostics);
    }
}
