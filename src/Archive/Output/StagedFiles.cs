using System.Buffers;
using System.Collections.Concurrent;
using PaperArchive.FileSystem;

namespace PaperArchive.Output;

/// <summary>
/// The first half of <see cref="SiteWriter"/>: makes the staging folder the new site. Each streamed file whose bytes
/// differ from the live output's is written there as a new file; each unchanged one becomes a second name (a hard
/// link) of the live file, unless the staging folder has that very file already, which it has for most of them when
/// it holds the site before the last (see <see cref="StagingFolder"/>). The live output is only ever read. Files are
/// taken from the stream one at a time by two or more workers, so making the next file overlaps with comparing and
/// writing the last one.
/// </summary>
internal sealed class StagedFiles
{
    private readonly RealFolders? _live;
    private readonly RealFolders _staging;
    private readonly bool _stagingWasEmpty;
    private int _written;
    private int _unchanged;
    private long _bytes;
    private int _pages;

    private StagedFiles(string? live, string staging, bool stagingWasEmpty)
    {
        _live = live is null ? null : new RealFolders(live);
        _staging = new RealFolders(staging, stagingWasEmpty);
        _stagingWasEmpty = stagingWasEmpty;
    }

    /// <summary>Every path the site has (the value is unused); anything else in the staging folder goes.</summary>
    public ConcurrentDictionary<string, byte> Produced { get; } = new(StringComparer.Ordinal);

    /// <summary>Files new or changed since the live output.</summary>
    public int Written => _written;

    public int Unchanged => _unchanged;

    public long Bytes => _bytes;

    public int Pages => _pages;

    /// <param name="live">The current output to compare with; null for a first build.</param>
    /// <param name="stagingWasEmpty">True when the staging folder was made empty for this write, so nothing in it
    /// needs to be looked at before a file is written.</param>
    public static StagedFiles Stage(IEnumerable<OutputFile> files, string? live, string staging, bool stagingWasEmpty, IProgress<int>? progress, CancellationToken cancellation)
    {
        var staged = new StagedFiles(live, staging, stagingWasEmpty);
        var handled = 0;
        var partitions = Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation };
        Parallel.ForEach(partitions, options, file =>
        {
            staged.Add(file);
            progress?.Report(Interlocked.Increment(ref handled));
        });
        return staged;
    }

    private void Add(OutputFile file)
    {
        CheckPath(file.Path);
        if (!Produced.TryAdd(file.Path, 0))
        {
            throw new InvalidOperationException($"the site has two files at '{file.Path}'.");
        }

        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _pages);
        }

        // A kept file was just looked at by the build cache: one look at each file is enough.
        var current = file.IsKept && file.Live.IsFile && InRealFolders(file.Path) ? file.Live : LiveFile(file.Path);
        if (file.IsKept)
        {
            // Only an incremental build keeps files: those the build cache has just found in the output as it left them.
            if (!current.IsFile)
            {
                throw new InvalidOperationException($"'{file.Path}' was to be kept from the last build, but the output has no such file.");
            }

            Keep(file.Path, current);
            return;
        }

        if (current.IsFile && current.Length == file.Content.Length && HasContent(_live!.Full(file.Path), file.Content))
        {
            Keep(file.Path, current);
            return;
        }

        WriteNew(file.Path, file.Content);
        Interlocked.Increment(ref _written);
        Interlocked.Add(ref _bytes, file.Content.Length);
    }

    /// <summary>The live file at <paramref name="path"/>, when it is a regular file reached through real folders only;
    /// anything else (a link, a folder, nothing) is "no file", so the new site gets a file of its own there.</summary>
    private FileIdentity LiveFile(string path)
    {
        if (_live is null)
        {
            return default;
        }

        return InRealFolders(path) ? FileIdentity.Of(_live.Full(path)) : default;
    }

    private bool InRealFolders(string path)
    {
        var slash = path.LastIndexOf('/');
        return _live is not null && (slash < 0 || _live.AreReal(path[..slash]));
    }

    /// <summary>The staging folder gets the live file itself under the same path: a link costs no copy, and the file
    /// keeps its timestamp when the folders are swapped.</summary>
    private void Keep(string path, FileIdentity live)
    {
        Interlocked.Increment(ref _unchanged);
        var target = StagingPathOf(path);
        var staged = _stagingWasEmpty ? default : FileIdentity.Of(target);
        if (staged.SameFileAs(live))
        {
            return;
        }

        Clear(target, staged);
        NativeFiles.Link(_live!.Full(path), target);
    }

    /// <summary>A new or changed file is always a new file in the staging folder, never written into the one there:
    /// that one may be a second name of a file the live output is serving.</summary>
    private void WriteNew(string path, byte[] content)
    {
        var target = StagingPathOf(path);
        if (!_stagingWasEmpty)
        {
            Clear(target, FileIdentity.Of(target));
        }

        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, fileOffset: 0);
    }

    private string StagingPathOf(string path)
    {
        var slash = path.LastIndexOf('/');
        _staging.Ensure(slash < 0 ? string.Empty : path[..slash]);
        return _staging.Full(path);
    }

    private static void Clear(string target, FileIdentity found)
    {
        if (found.Kind != FileKind.None)
        {
            TreeWalk.Delete(target);
        }
    }

    /// <summary>A stage that made a path leaving the output folder has a bug; it must never reach the disk.</summary>
    private static void CheckPath(string path)
    {
        var segments = path.Split('/');
        if (path.Length == 0 || path.Contains('\\') || Path.IsPathRooted(path) || segments.Any(s => s is "" or "." or ".."))
        {
            throw new InvalidOperationException($"'{path}' is not a file path inside the output folder.");
        }
    }

    /// <summary>The bytes in chunks (the length is already known to match), so a large file is never read into memory twice.</summary>
    private static bool HasContent(string path, byte[] content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            var offset = 0;
            while (offset < content.Length)
            {
                var read = stream.Read(buffer, 0, Math.Min(buffer.Length, content.Length - offset));
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return stream.ReadByte() == -1;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Deleted by hand since it was looked at: the new site gets its own copy.
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
