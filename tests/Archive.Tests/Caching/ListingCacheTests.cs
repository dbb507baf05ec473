using PaperArchive.Caching;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Caching;

/// <summary>A listing whose bytes, names and settings are unchanged since the last build is read back from the cache
/// instead of parsed: it must be the listing the parse made, with the diagnostics the parse reported.</summary>
public sealed class ListingCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly IReadOnlyList<RawListing> Shipped = Directory.GetFiles(Path.Combine(RepoPaths.ShippedInput, "listings"))
        .Order(StringComparer.Ordinal)
        .Select(path => new RawListing(Path.GetFileName(path), path, File.ReadAllBytes(path)))
        .ToList();

    public void Dispose() => _folder.Dispose();

    private string CacheFile => Path.Combine(_folder.Path, "listings.cache");

    [Fact]
    public void A_listing_read_back_is_the_listing_its_parse_made_with_the_same_diagnostics()
    {
        var first = ListingCache.Load(CacheFile);
        var parsedDiagnostics = new DiagnosticBag();
        var parsed = Shipped.Select(raw => first.ReadOrParse(raw, null, parsedDiagnostics, ParseWithAWarning)).ToList();
        first.Commit(new DiagnosticBag());
        first.Save(new DiagnosticBag());
        var second = ListingCache.Load(CacheFile);
        var readDiagnostics = new DiagnosticBag();

        var read = Shipped.Select(raw => second.ReadOrParse(raw, null, readDiagnostics, (_, _, _) => throw new InvalidOperationException("parsed again"))).ToList();

        Assert.Equal(Shipped.Count, second.Reused);
        Assert.All(parsed.Zip(read), pair => AssertSameListing(pair.First, pair.Second));
        Assert.Equal(parsedDiagnostics.Sorted(), readDiagnostics.Sorted());
        Assert.Equal(Shipped.Count, readDiagnostics.WarningCount);
    }

    [Fact]
    public void A_listing_with_other_bytes_or_other_settings_is_parsed_again()
    {
        var raw = Shipped[0];
        var first = ListingCache.Load(CacheFile);
        first.ReadOrParse(raw, null, new DiagnosticBag(), ListingParser.Default.Parse);
        first.Commit(new DiagnosticBag());
        first.Save(new DiagnosticBag());
        var settings = new ListingConfig(raw.File, new DateOnly(2025, 1, 2), "A title", new SourceLocation("site.yml", 4, 3));
        var parses = 0;
        Listing? Counted(RawListing r, ListingConfig? c, DiagnosticBag d)
        {
            parses++;
            return ListingParser.Default.Parse(r, c, d);
        }

        var second = ListingCache.Load(CacheFile);
        second.ReadOrParse(raw with { Content = [.. raw.Content, (byte)'\n'] }, null, new DiagnosticBag(), Counted);
        second.ReadOrParse(raw, settings, new DiagnosticBag(), Counted);
        second.ReadOrParse(raw, settings with { Title = "Another title" }, new DiagnosticBag(), Counted);
        second.ReadOrParse(raw with { File = "renamed.txt" }, null, new DiagnosticBag(), Counted);
        second.ReadOrParse(raw, null, new DiagnosticBag(), Counted);

        Assert.Equal(4, parses);
    }

    [Fact]
    public void A_build_that_read_its_listings_but_did_not_save_leaves_the_last_builds_cache_as_it_was()
    {
        var first = ListingCache.Load(CacheFile);
        first.ReadOrParse(Shipped[0], null, new DiagnosticBag(), ListingParser.Default.Parse);
        first.Commit(new DiagnosticBag());
        first.Save(new DiagnosticBag());
        var saved = File.ReadAllBytes(CacheFile);

        var failed = ListingCache.Load(CacheFile);
        failed.ReadOrParse(Shipped[1], null, new DiagnosticBag(), ListingParser.Default.Parse);
        failed.Commit(new DiagnosticBag());
        var next = ListingCache.Load(CacheFile);
        next.ReadOrParse(Shipped[0], null, new DiagnosticBag(), (_, _, _) => throw new InvalidOperationException("parsed again"));

        Assert.Equal(saved, File.ReadAllBytes(CacheFile));
        Assert.Equal(1, next.Reused);
    }

    [Fact]
    public void A_damaged_cache_file_means_every_listing_is_parsed()
    {
        File.WriteAllBytes(CacheFile, [1, 2, 3]);
        var cache = ListingCache.Load(CacheFile);

        var listing = cache.ReadOrParse(Shipped[0], null, new DiagnosticBag(), ListingParser.Default.Parse);

        Assert.Equal(0, cache.Reused);
        Assert.NotEmpty(listing!.Entries);
    }

    [Fact]
    public void The_cache_keeps_every_property_of_a_listing_and_its_entries()
    {
        // A property added to Listing or ListingEntry must be added to ListingBlock too, then here.
        Assert.Equal(["Captured", "Entries", "File", "Format", "Title"], typeof(Listing).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["Abstract", "ArxivId", "AuthorNames", "Authors", "Location", "Organization", "Published", "Title", "Upvotes"],
            typeof(ListingEntry).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static Listing? ParseWithAWarning(RawListing raw, ListingConfig? config, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(DiagnosticIds.BuildCacheUnwritable, new SourceLocation(raw.Path, 3, 7), "a warning the parse reported.");
        return ListingParser.Default.Parse(raw, config, diagnostics);
    }

    private static void AssertSameListing(Listing? expected, Listing? actual)
    {
        // A file that is no listing is kept as such, with its error.
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null)
        {
            return;
        }

        Assert.Equal((expected.File, expected.Title, expected.Format, expected.Captured), (actual.File, actual.Title, actual.Format, actual.Captured));
        Assert.Equal(expected.Entries, actual.Entries);
    }
}
