using System.Collections.Concurrent;
using PaperArchive.Diagnostics;

namespace PaperArchive.Rendering;

/// <summary>
/// What the last successful build rendered, kept beside the output (see <see cref="FolderFor"/>) so that the next
/// build skips the pages whose <see cref="PageFingerprint"/> is unchanged. A page is kept only when its file in the
/// output still has the length and modification time recorded for it, so an output edited or deleted by hand is
/// rendered again; a missing, unreadable or older cache only means that every page is rendered.
/// </summary>
public sealed class RenderCache
{
    private const string FileName = "pages.cache";

    private readonly string _file;
    private readonly string _output;
    private readonly IReadOnlyDictionary<string, RenderCacheEntry> _previous;
    private readonly ConcurrentDictionary<string, UInt128> _current = new(StringComparer.Ordinal);

    private RenderCache(string folder, string output, IReadOnlyDictionary<string, RenderCacheEntry> previous)
    {
        _file = Path.Combine(folder, FileName);
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

    public static RenderCache Open(string folder, string outputDirectory) =>
        new(folder, Path.GetFullPath(outputDirectory), RenderCacheFile.Read(Path.Combine(folder, FileName)));

    private int _kept;

    /// <summary>How many pages were kept from the last build.</summary>
    public int Kept => _kept;

    /// <summary>Notes that the page at <paramref name="path"/> (relative to the output) has this fingerprint in this
    /// build, and tells whether the file the last build wrote for it can stay as it is.</summary>
    public bool TryKeep(string path, UInt128 fingerprint)
    {
        _current[path] = fingerprint;
        var keep = _previous.TryGetValue(path, out var entry)
            && entry.Fingerprint == fingerprint
            && entry.Describes(new FileInfo(Path.Combine(_output, path)));
        if (keep)
        {
            Interlocked.Increment(ref _kept);
        }

        return keep;
    }

    /// <summary>After the output was written: records each page's file as it now is. Not called when the build failed,
    /// so the cache always describes an output that a build really wrote. The site is written by then: a cache that
    /// cannot be saved is only a warning (the next build renders every page).</summary>
    public void Save(DiagnosticBag diagnostics)
    {
        try
        {
            RenderCacheFile.Write(_file, Entries());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticIds.RenderCacheUnwritable, SourceLocation.Of(_file),
                $"cannot save the render cache ({e.Message}); the next build renders every page again.");
        }
    }

    private List<(string Path, RenderCacheEntry Entry)> Entries()
    {
        var entries = new List<(string Path, RenderCacheEntry Entry)>(_current.Count);
        foreach (var (path, fingerprint) in _current.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var file = new FileInfo(Path.Combine(_output, path));
            if (file.Exists)
            {
                entries.Add((path, new RenderCacheEntry(fingerprint, file.Length, file.LastWriteTimeUtc.Ticks)));
            }
        }

        return entries;
    }
}

/// <summary>A page's fingerprint and the length and modification time of the file written for it.</summary>
public readonly record struct RenderCacheEntry(UInt128 Fingerprint, long Length, long WriteTicks)
{
    public bool Describes(FileInfo file) => file.Exists && file.Length == Length && file.LastWriteTimeUtc.Ticks == WriteTicks;
}
