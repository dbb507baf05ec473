using System.Collections.Concurrent;
using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;
using PaperArchive.Output;

namespace PaperArchive.Caching;

/// <summary>
/// The units of work of one stage as the last build made them (<see cref="BuildCache"/>): each remembered by its key,
/// the fingerprint of everything it was made from, the files it wrote and the data it handed to the rest of its stage.
/// A unit is reused only when its fingerprint is the same and every one of its files in the output still has the
/// length and modification time recorded for it, so an output edited or deleted by hand is made again.
/// </summary>
public sealed class StageCache
{
    private readonly string? _file;
    private readonly string _output;
    private readonly IReadOnlyDictionary<string, CachedUnit> _previous;
    private readonly ConcurrentDictionary<string, CachedUnit> _current = new(StringComparer.Ordinal);
    private int _reused;

    private StageCache(string? file, string output, IReadOnlyDictionary<string, CachedUnit> previous)
    {
        _file = file;
        _output = output;
        _previous = previous;
    }

    /// <summary>No cache: makes every unit and remembers nothing.</summary>
    public static StageCache None { get; } = new(null, string.Empty, new Dictionary<string, CachedUnit>());

    /// <summary>How many units were reused from the last build.</summary>
    public int Reused => _reused;

    internal static StageCache Load(string file, string output) => new(file, output, BuildCacheFile.Read(file));

    /// <summary>The unit's files: as the last build made them when its fingerprint is unchanged and they are still as
    /// that build wrote them (<see cref="OutputFile.Kept"/>, with the data it handed on then), else made now. Either
    /// way the unit is remembered for the next build. Safe to call from several threads.</summary>
    public UnitFiles ReuseOrMake(WorkUnit unit)
    {
        if (_file is null)
        {
            return unit.Make();
        }

        var fingerprint = unit.Fingerprint();
        if (_previous.TryGetValue(unit.Key, out var kept) && kept.Fingerprint == fingerprint && Found(kept.Files) is { } found)
        {
            _current[unit.Key] = kept;
            Interlocked.Increment(ref _reused);
            return new UnitFiles(found, kept.Data);
        }

        var made = unit.Make();

        // The files' lengths and times are taken by Save, once they are written.
        _current[unit.Key] = new CachedUnit(fingerprint, made.Files.Select(f => new CachedFile(f.Path, -1, 0)).ToList(), made.Data);
        return made;
    }

    /// <summary>Records each unit with its files as they now are. The site is written by then: a cache that cannot be
    /// saved is only a warning (the next build makes everything again).</summary>
    internal void Save(DiagnosticBag diagnostics)
    {
        if (_file is null)
        {
            return;
        }

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

    /// <summary>The unit's files as kept files, each with what the look at it found (so the writer need not look
    /// again), when every one is in the output as the last build left it; else null.</summary>
    private List<OutputFile>? Found(IReadOnlyList<CachedFile> files)
    {
        var found = new List<OutputFile>(files.Count);
        foreach (var file in files)
        {
            var live = FileIdentity.Of(System.IO.Path.Combine(_output, file.Path));
            if (!file.Describes(live))
            {
                return null;
            }

            found.Add(OutputFile.Kept(file.Path, live));
        }

        return found;
    }

    private CachedUnit Stat(CachedUnit unit) => unit with
    {
        Files = unit.Files.Select(f => f.Length >= 0 ? f : CachedFile.Of(_output, f.Path)).ToList(),
    };
}

/// <summary>One unit of work of the last build: its fingerprint, its files, and the data it handed to the rest of the build.</summary>
internal sealed record CachedUnit(UInt128 Fingerprint, IReadOnlyList<CachedFile> Files, IReadOnlyList<string> Data);

/// <summary>A file of the output (path relative to it) with its length and last-write time as the build left it;
/// length -1 for a file that does not exist (or is not a regular file).</summary>
internal readonly record struct CachedFile(string Path, long Length, long WriteTicks)
{
    public static CachedFile Of(string output, string path)
    {
        var file = FileIdentity.Of(System.IO.Path.Combine(output, path));
        return file.IsFile ? new CachedFile(path, file.Length, file.WriteTicks) : new CachedFile(path, -1, 0);
    }

    /// <summary>True when <paramref name="live"/> (a look at this file in the output, a final link not followed)
    /// is a regular file with the recorded length and time.</summary>
    public bool Describes(FileIdentity live) => Length >= 0 && live.IsFile && live.Length == Length && live.WriteTicks == WriteTicks;
}
