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
/// again. Blocks are read from the last build's file only when asked for and written to the next one as soon as they
/// are read or made, so at 100,000 papers the cache never holds its 170 MB. The file is binary (<see cref="ListingCacheFormat"/>): a JSON form of the same cache was tried and reading
/// it back cost as much as parsing.
/// </summary>
internal sealed class ListingCache
{
    // Each thread encodes its parses into one stream, reused: no new buffer for each listing.
    [ThreadStatic]
    private static MemoryStream? t_encoded;

    private readonly string? _file;
    private readonly IReadOnlyDictionary<UInt128, (long Offset, int Length)> _previous;
    private readonly ConcurrentDictionary<UInt128, (long Offset, int Length)> _written = new();
    private readonly Lock _opening = new();
    private SafeFileHandle? _previousFile;
    private ListingCacheFormat.Writer? _next;
    private IOException? _unwritable;
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
    /// reported into <paramref name="diagnostics"/>: read back when the last build parsed the same listing. Either
    /// way its block goes into the next cache file at once, so parses are never held for it. Safe to call from
    /// several threads, until <see cref="Commit"/>.</summary>
    public Listing? ReadOrParse(RawListing raw, ListingConfig? config, DiagnosticBag diagnostics, Func<RawListing, ListingConfig?, DiagnosticBag, Listing?> parse)
    {
        if (_file is null)
        {
            return parse(raw, config, diagnostics);
        }

        var key = KeyOf(raw, config);
        if (_previous.TryGetValue(key, out var where) && ReadPrevious(where) is { } block && ListingBlock.Decode(block) is { } found)
        {
            Keep(key, block);
            Interlocked.Increment(ref _reused);
            Report(found.Diagnostics, diagnostics);
            return found.Listing;
        }

        var own = new DiagnosticBag();
        var listing = parse(raw, config, own);
        var reported = own.Sorted();
        var encoded = t_encoded ??= new MemoryStream();
        encoded.SetLength(0);
        ListingBlock.Encode(encoded, listing, reported);
        Keep(key, encoded.GetBuffer().AsSpan(0, (int)encoded.Length));
        Report(reported, diagnostics);
        return listing;
    }

    /// <summary>Once every listing was read: ends the next cache file (its index), which <see cref="Save"/> puts in
    /// place once the site is written.</summary>
    public void Commit(DiagnosticBag diagnostics)
    {
        if (_file is null || _committed)
        {
            return;
        }

        try
        {
            lock (_opening)
            {
                _next ??= new ListingCacheFormat.Writer(NextFile);
            }

            if (_unwritable is null)
            {
                _next.Finish(_written.OrderBy(e => e.Key).ToList());
                _committed = true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _unwritable ??= e as IOException ?? new IOException(e.Message, e);
        }
        finally
        {
            _next?.Dispose();
            _previousFile?.Dispose();
            _written.Clear();
        }

        if (_unwritable is { } failure)
        {
            diagnostics.Warning(DiagnosticIds.BuildCacheUnwritable, SourceLocation.Of(_file),
                $"cannot save the build cache ({failure.Message}); the next build parses every listing again.");
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

    /// <summary>Appends a listing's block to the next cache file; a file that cannot be written only means no cache
    /// next time (reported by <see cref="Commit"/>).</summary>
    private void Keep(UInt128 key, ReadOnlySpan<byte> block)
    {
        if (_unwritable is not null)
        {
            return;
        }

        try
        {
            lock (_opening)
            {
                _next ??= new ListingCacheFormat.Writer(NextFile);
            }

            _written[key] = _next.Append(block);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _unwritable ??= e as IOException ?? new IOException(e.Message, e);
        }
    }

    /// <summary>A block of the last build's file, or null when it cannot be read.</summary>
    private byte[]? ReadPrevious((long Offset, int Length) where)
    {
        try
        {
            lock (_opening)
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

    /// <summary>Everything a parse reads: the code (ours and the parsers' it calls), the listing's names and bytes, and
    /// its settings from site.yml.</summary>
    private static UInt128 KeyOf(RawListing raw, ListingConfig? config)
    {
        using var fingerprint = new Fingerprint().AddCodeOf(
            typeof(ListingCache), typeof(object), typeof(Markdig.Markdown), typeof(AngleSharp.Html.Parser.HtmlParser), typeof(System.Text.Json.JsonDocument));
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
}
