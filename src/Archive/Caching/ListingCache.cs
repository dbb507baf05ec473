using System.Collections.Concurrent;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using Microsoft.Win32.SafeHandles;
using PaperArchive.Listings;

namespace PaperArchive.Caching;

/// <summary>
/// The listings as the last build parsed them, with the diagnostics each parse reported, kept in
/// <c>listings.cache</c> beside the stages' files (<see cref="BuildCache"/>). A listing whose path, bytes and settings
/// in site.yml are unchanged, read by the same code, is read back instead of parsed; its diagnostics are reported
/// again. Blocks are read from the last build's file only when asked for, and this build's are written out once the
/// listings are read (<see cref="Commit"/>), so at 100,000 papers the cache never holds 170 MB. The file is binary (<see cref="ListingCacheFormat"/>): a JSON form of the same cache was tried and reading
/// it back cost as much as parsing.
/// </summary>
internal sealed class ListingCache
{
    private readonly string? _file;
    private readonly IReadOnlyDictionary<UInt128, (long Offset, int Length)> _previous;
    private readonly ConcurrentDictionary<UInt128, Kept> _current = new();
    private readonly Lock _reading = new();
    private SafeFileHandle? _previousFile;
    private bool _committed;
    private int _reused;

    private ListingCache(string? file, IReadOnlyDictionary<UInt128, (long Offset, int Length)> previous)
    {
        _file = file;
        _previous = previous;
    }

    /// <summary>No cache: every listing is parsed, nothing is kept.</summary>
    public static ListingCache None { get; } = new(null, new Dictionary<UInt128, (long Offset, int Length)>());

    /// <summary>How many listings were read back rather than parsed.</summary>
    public int Reused => _reused;

    public static ListingCache Load(string file) => new(file, ListingCacheFormat.ReadIndex(file));

    private string NextFile => _file + ".next";

    /// <summary>The listing as <paramref name="parse"/> makes it (null when it cannot be read), its diagnostics
    /// reported into <paramref name="diagnostics"/>: read back when the last build parsed the same listing. Safe to
    /// call from several threads, until <see cref="Commit"/>.</summary>
    public Listing? ReadOrParse(RawListing raw, ListingConfig? config, DiagnosticBag diagnostics, Func<RawListing, ListingConfig?, DiagnosticBag, Listing?> parse)
    {
        if (_file is null)
        {
            return parse(raw, config, diagnostics);
        }

        var key = KeyOf(raw, config);
        if (_previous.TryGetValue(key, out var where) && ReadPrevious(where) is { } block && ListingBlock.Decode(block) is { } found)
        {
            _current[key] = new Kept(where.Length, null, where.Offset);
            Interlocked.Increment(ref _reused);
            Report(found.Diagnostics, diagnostics);
            return found.Listing;
        }

        var own = new DiagnosticBag();
        var listing = parse(raw, config, own);
        var reported = own.Sorted();
        var made = ListingBlock.Encode(listing, reported);
        _current[key] = new Kept(made.Length, made, -1);
        Report(reported, diagnostics);
        return listing;
    }

    /// <summary>Once every listing was read: writes what this build read beside the cache file (the blocks read back
    /// are copied from the last build's file), so that the parses are not held in memory for the rest of the build.
    /// <see cref="Save"/> puts it in place once the site is written.</summary>
    public void Commit(DiagnosticBag diagnostics)
    {
        if (_file is null || _committed)
        {
            return;
        }

        _committed = true;
        try
        {
            ListingCacheFormat.Write(NextFile, _current.OrderBy(e => e.Key)
                .Select(e => (e.Key, e.Value.Length, (Func<byte[]>)(() => e.Value.Made ?? ReadPrevious((e.Value.Offset, e.Value.Length))
                    ?? throw new IOException("the last build's listing cache could not be read again"))))
                .ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _committed = false;
            diagnostics.Warning(DiagnosticIds.BuildCacheUnwritable, SourceLocation.Of(_file),
                $"cannot save the build cache ({e.Message}); the next build parses every listing again.");
        }
        finally
        {
            _current.Clear();
            _previousFile?.Dispose();
        }
    }

    /// <summary>Keeps the listings this build read (only after the site was written; see <see cref="BuildCache.Save"/>).</summary>
    public void Save(DiagnosticBag diagnostics)
    {
        if (_file is null || !_committed)
        {
            return;
        }

        try
        {
            File.Move(NextFile, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticIds.BuildCacheUnwritable, SourceLocation.Of(_file),
                $"cannot save the build cache ({e.Message}); the next build parses every listing again.");
        }
    }

    /// <summary>A block of the last build's file, or null when it cannot be read.</summary>
    private byte[]? ReadPrevious((long Offset, int Length) where)
    {
        try
        {
            lock (_reading)
            {
                _previousFile ??= File.OpenHandle(_file!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }

            var block = new byte[where.Length];
            return RandomAccess.Read(_previousFile, block, where.Offset) == block.Length ? block : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Everything a parse reads: the code, the listing's names and bytes, and its settings from site.yml.</summary>
    private static UInt128 KeyOf(RawListing raw, ListingConfig? config)
    {
        using var fingerprint = new Fingerprint().AddCodeOf(typeof(ListingCache), typeof(object));
        fingerprint.Add(raw.File).Add(raw.Path).Add(raw.Content);
        if (config is null)
        {
            return fingerprint.Add(false).Value();
        }

        return fingerprint.Add(true).Add(config.File).Add(config.Captured).Add(config.Title)
            .Add(config.Location.File).Add(config.Location.Line).Add(config.Location.Column).Value();
    }

    private static void Report(IReadOnlyList<Diagnostic> reported, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in reported)
        {
            diagnostics.Report(diagnostic);
        }
    }

    /// <summary>A listing this build read: its block as just made, or where it is in the last build's file.</summary>
    private sealed record Kept(int Length, byte[]? Made, long Offset);
}
