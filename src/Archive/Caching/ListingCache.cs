using System.Collections.Concurrent;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Caching;

/// <summary>
/// The listings as the last build parsed them, with the diagnostics each parse reported, kept in
/// <c>listings.cache</c> beside the stages' files (<see cref="BuildCache"/>). A listing whose path, bytes and settings
/// in site.yml are unchanged, read by the same code, is read back instead of parsed; its diagnostics are reported
/// again. The file is binary (<see cref="ListingCacheFormat"/>): a JSON form of the same cache was tried and reading
/// it back cost as much as parsing.
/// </summary>
internal sealed class ListingCache
{
    private readonly string? _file;
    private readonly IReadOnlyDictionary<UInt128, byte[]> _previous;
    private readonly ConcurrentDictionary<UInt128, byte[]> _current = new();
    private int _reused;

    private ListingCache(string? file, IReadOnlyDictionary<UInt128, byte[]> previous)
    {
        _file = file;
        _previous = previous;
    }

    /// <summary>No cache: every listing is parsed, nothing is kept.</summary>
    public static ListingCache None { get; } = new(null, new Dictionary<UInt128, byte[]>());

    /// <summary>How many listings were read back rather than parsed.</summary>
    public int Reused => _reused;

    public static ListingCache Load(string file) => new(file, ListingCacheFormat.Read(file));

    /// <summary>The listing as <paramref name="parse"/> makes it (null when it cannot be read), its diagnostics
    /// reported into <paramref name="diagnostics"/>: read back when the last build parsed the same listing. Safe to
    /// call from several threads.</summary>
    public Listing? ReadOrParse(RawListing raw, ListingConfig? config, DiagnosticBag diagnostics, Func<RawListing, ListingConfig?, DiagnosticBag, Listing?> parse)
    {
        if (_file is null)
        {
            return parse(raw, config, diagnostics);
        }

        var key = KeyOf(raw, config);
        if (_previous.TryGetValue(key, out var kept) && ListingCacheFormat.Decode(kept) is { } found)
        {
            _current[key] = kept;
            Interlocked.Increment(ref _reused);
            Report(found.Diagnostics, diagnostics);
            return found.Listing;
        }

        var own = new DiagnosticBag();
        var listing = parse(raw, config, own);
        var reported = own.Sorted();
        _current[key] = ListingCacheFormat.Encode(listing, reported);
        Report(reported, diagnostics);
        return listing;
    }

    /// <summary>Keeps the listings this build read (only after the site was written; see <see cref="BuildCache.Save"/>).</summary>
    public void Save(DiagnosticBag diagnostics)
    {
        if (_file is null)
        {
            return;
        }

        try
        {
            ListingCacheFormat.Write(_file, _current.OrderBy(e => e.Key).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticIds.BuildCacheUnwritable, SourceLocation.Of(_file),
                $"cannot save the build cache ({e.Message}); the next build parses every listing again.");
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
}
