using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;

namespace PaperArchive.Output;

/// <summary>
/// The first half of <see cref="SiteWriter"/>: compares each streamed file with the current output and stages
/// the ones that differ. Files are taken from the stream one at a time by two or more workers, so making the
/// next file overlaps with comparing and writing the last one.
/// </summary>
internal sealed class StagedFiles
{
    /// <summary>Staged copies of an incremental build are spread over this many folders: two workers creating files
    /// in one folder wait for each other's lock on it, and a folder of many thousand files is slower to add to.</summary>
    private const int Shards = 16;

    private readonly string? _output;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _staged;
    private int _unchanged;
    private long _bytes;
    private int _pages;

    private StagedFiles(string? output, string staging)
    {
        _output = output;
        _staging = staging;
    }

    /// <summary>Every path the site has (the value is unused); anything else in the output has vanished.</summary>
    public ConcurrentDictionary<string, byte> Produced { get; } = new(StringComparer.Ordinal);

    /// <summary>Paths that are new or changed, each with the name of its staged copy.</summary>
    public ConcurrentBag<(string Path, string Staged)> Written { get; } = [];

    public int Unchanged => _unchanged;

    public long Bytes => _bytes;

    public int Pages => _pages;

    /// <param name="output">The current output to compare with; null for a first build, whose files are staged at
    /// their own paths so that the staging folder can become the output in one rename.</param>
    public static StagedFiles Stage(IEnumerable<OutputFile> files, string? output, string staging, IProgress<int>? progress)
    {
        var staged = new StagedFiles(output, staging);
        var handled = 0;
        var partitions = Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(partitions, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
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

        if (file.IsKept)
        {
            // Only an incremental build keeps files: those the build cache has just found in the output as it left them.
            if (_output is null)
            {
                throw new InvalidOperationException($"'{file.Path}' was to be kept from the last build, but there is no output yet.");
            }

            Interlocked.Increment(ref _unchanged);
            return;
        }

        if (_output is not null && HasContent(Path.Combine(_output, file.Path), file.Content))
        {
            Interlocked.Increment(ref _unchanged);
            return;
        }

        var staged = StagedPathOf(file.Path);
        WriteNew(staged, file.Content);
        Written.Add((file.Path, staged));
        Interlocked.Add(ref _bytes, file.Content.Length);
    }

    private string StagedPathOf(string path)
    {
        if (_output is null)
        {
            var target = Path.Combine(_staging, path);
            EnsureFolder(Path.GetDirectoryName(target)!);
            return target;
        }

        var number = Interlocked.Increment(ref _staged);
        var shard = Path.Combine(_staging, (number % Shards).ToString(CultureInfo.InvariantCulture));
        EnsureFolder(shard);
        return Path.Combine(shard, number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Creates each folder once however many files go into it (two workers may both create one: that is
    /// harmless, and a folder is remembered only once it exists).</summary>
    private void EnsureFolder(string folder)
    {
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
    }

    /// <summary>A staged copy is always a new file: creating it exclusively spares the system truncating one.</summary>
    private static void WriteNew(string path, byte[] content)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, fileOffset: 0);
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

    /// <summary>Sizes first (cheap), then the bytes in chunks, so a large file is never read into memory twice.</summary>
    private static bool HasContent(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
        {
            return false;
        }

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
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
