using System.Collections.Concurrent;
using PaperArchive.Diagnostics;

namespace PaperArchive.Caching;

/// <summary>
/// What the last successful build made, kept beside the output (see <see cref="FolderFor"/>) so that the next build
/// can skip the work whose inputs are unchanged. Each unit of work (a paper's page, a segment of the search index) is
/// remembered by a key, a fingerprint of everything it was made from, the files it wrote and a little data the rest
/// of the build needs from it. A unit is reused only when its fingerprint is the same and every one of its files in
/// the output still has the length and modification time recorded for it, so an output edited or deleted by hand is
/// made again; a missing, unreadable or older cache only means that everything is made again.
/// </summary>
public sealed class BuildCache
{
    private readonly string _file;
    private readonly string _output;
    private readonly IReadOnlyDictionary<string, CachedUnit> _previous;
    private readonly ConcurrentDictionary<string, CachedUnit> _current = new(StringComparer.Ordinal);
    private int _reused;

    private BuildCache(string file, string output, IReadOnlyDictionary<string, CachedUnit> previous)
    {
        _file = file;
        _output = output;
        _previous = previous;
    }

    /// <summary>The cache of the output folder <c>site/public</c> is <c>site/.archive-cache/public/</c>: outside the
    /// output, so it is never published, and one per output folder.</summary>
    public static string FolderFor(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output) ?? output, ".archive-cache", Path.GetFileName(output));
    }

    /// <summary>The cache <c>&lt;name&gt;.cache</c> in <paramref name="folder"/>: each stage that reuses work keeps its own.</summary>
    public static BuildCache Open(string folder, string name, string outputDirectory)
    {
        var file = Path.Combine(folder, name + ".cache");
        return new(file, Path.GetFullPath(outputDirectory), BuildCacheFile.Read(file));
    }

    /// <summary>How many units were reused from the last build.</summary>
    public int Reused => _reused;

    /// <summary>The unit <paramref name="key"/> as the last build made it, when its fingerprint is
    /// <paramref name="fingerprint"/> and its files are still as that build wrote them; it is then remembered for the next
    /// build as it is. Null when it must be made again (and then <see cref="Remember"/>ed).</summary>
    public CachedUnit? TryReuse(string key, UInt128 fingerprint)
    {
        if (_previous.TryGetValue(key, out var unit) && unit.Fingerprint == fingerprint && unit.Files.All(f => f.Describes(_output)))
        {
            _current[key] = unit;
            Interlocked.Increment(ref _reused);
            return unit;
        }

        return null;
    }

    /// <summary>Notes a unit made in this build; its files' lengths and times are taken by <see cref="Save"/>.</summary>
    public void Remember(string key, UInt128 fingerprint, IReadOnlyList<string> files, IReadOnlyList<string>? data = null) =>
        _current[key] = new CachedUnit(fingerprint, files.Select(f => new CachedFile(f, -1, 0)).ToList(), data ?? []);

    /// <summary>After the output was written: records each unit's files as they now are. Not called when the build
    /// failed, so the cache always describes an output that a build really wrote. The site is written by then: a cache
    /// that cannot be saved is only a warning (the next build makes everything again).</summary>
    public void Save(DiagnosticBag diagnostics)
    {
        try
        {
            BuildCacheFile.Write(_file, _current.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => (u.Key, Stat(u.Value))).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticIds.BuildCacheUnwritable, SourceLocation.Of(_file),
                $"cannot save the build cache ({e.Message}); the next build makes everything it holds again.");
        }
    }

    private CachedUnit Stat(CachedUnit unit) => unit with
    {
        Files = unit.Files.Select(f => f.Length >= 0 ? f : CachedFile.Of(_output, f.Path)).ToList(),
    };
}

/// <summary>One unit of work of the last build: its fingerprint, its files, and the data it handed to the rest of the build.</summary>
public sealed record CachedUnit(UInt128 Fingerprint, IReadOnlyList<CachedFile> Files, IReadOnlyList<string> Data);

/// <summary>A file of the output (path relative to it) with its length and last-write time as the build left it;
/// length -1 for a file that does not exist.</summary>
public readonly record struct CachedFile(string Path, long Length, long WriteTicks)
{
    public static CachedFile Of(string output, string path)
    {
        var file = new FileInfo(System.IO.Path.Combine(output, path));
        return file.Exists ? new CachedFile(path, file.Length, file.LastWriteTimeUtc.Ticks) : new CachedFile(path, -1, 0);
    }

    public bool Describes(string output) => Length >= 0 && Of(output, Path) == this;
}
