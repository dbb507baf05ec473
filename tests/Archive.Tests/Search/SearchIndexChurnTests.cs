using System.Globalization;
using System.Text.Json;
using PaperArchive.Diagnostics;
using PaperArchive.Search;
using PaperArchive.Search.Client;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

/// <summary>Adding papers must not renumber the others: a deploy uploads only the index files a new listing affects.</summary>
public sealed class SearchIndexChurnTests : IDisposable
{
    private readonly InputCopy _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void Adding_one_paper_leaves_more_than_nine_in_ten_index_files_byte_identical()
    {
        var before = Index();
        _input.Write("listings/2025-12-12-added.txt", InputCopy.NewListing("Incremental Search Indexes for Curated Paper Archives"));
        var after = Index();

        var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).ToList();
        Assert.Equal(before.Count, after.Keys.Intersect(before.Keys).Count());
        Assert.Contains(SiteUrls.SearchIndex + SearchIndexLayout.Manifest, changed);
        Assert.True(changed.Count * 10 < after.Count, $"{changed.Count} of {after.Count} index files changed: {string.Join(", ", changed.Take(20))}");

        // The papers already there keep their files: only the recent segment, its chunks and the manifest change.
        using var manifest = JsonDocument.Parse(after[SiteUrls.SearchIndex + SearchIndexLayout.Manifest]);
        var recent = manifest.RootElement.GetProperty("s").EnumerateArray().Last().GetProperty("o").GetInt32();
        var perChunk = manifest.RootElement.GetProperty("k").GetInt32();
        Assert.True(recent > 0, "the shipped archive should have a base segment");
        Assert.All(changed, path => Assert.True(
            path.EndsWith(SearchIndexLayout.Manifest, StringComparison.Ordinal) || !path.Contains("/s0/", StringComparison.Ordinal), path));
        Assert.All(changed.Where(p => p.Contains("/m/", StringComparison.Ordinal)),
            path => Assert.True(int.Parse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture) * perChunk >= recent, path));
    }

    [Fact]
    public void Listing_a_known_paper_again_with_more_upvotes_leaves_every_base_file_byte_identical()
    {
        var before = Index();
        _input.Write("listings/2025-12-12-relisted.txt", _input.Relisting("Incremental Search Indexes for Curated Paper Archives", 250));
        var after = Index();

        var recent = RecentOffset(after);
        var perChunk = PerChunk(after);
        var baseFiles = before.Keys.Where(p => p.Contains("/s0/", StringComparison.Ordinal) || IsChunkBelow(p, recent, perChunk)).ToList();
        Assert.NotEmpty(baseFiles);
        Assert.Equal(RecentOffset(before), recent);
        Assert.All(baseFiles, path => Assert.True(after.TryGetValue(path, out var now) && now.AsSpan().SequenceEqual(before[path]), path));
    }

    [Fact]
    public void A_paper_of_a_new_listing_is_found_on_the_first_page()
    {
        _input.Write("listings/2025-12-12-added.txt", InputCopy.NewListing("Incremental Search Indexes for Curated Paper Archives"));
        using var folder = new TempFolder();
        foreach (var (path, content) in Index())
        {
            var file = folder.Combine(path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, content);
        }

        var replay = new IndexReplay(folder.Combine(SiteUrls.SearchIndex));
        var (matches, slugs) = replay.Search("incremental search indexes");
        Assert.NotEmpty(matches);
        Assert.Contains(slugs, s => s.StartsWith("incremental-search-indexes", StringComparison.Ordinal));
    }

    private static int RecentOffset(Dictionary<string, byte[]> index) =>
        Manifest(index).GetProperty("s").EnumerateArray().Last().GetProperty("o").GetInt32();

    private static int PerChunk(Dictionary<string, byte[]> index) => Manifest(index).GetProperty("k").GetInt32();

    private static JsonElement Manifest(Dictionary<string, byte[]> index) =>
        JsonDocument.Parse(index[SiteUrls.SearchIndex + SearchIndexLayout.Manifest]).RootElement;

    private static bool IsChunkBelow(string path, int offset, int perChunk) =>
        path.Contains("/m/", StringComparison.Ordinal)
        && (int.Parse(Path.GetFileNameWithoutExtension(path), CultureInfo.InvariantCulture) + 1) * perChunk <= offset;

    private Dictionary<string, byte[]> Index()
    {
        var diagnostics = new DiagnosticBag();
        var content = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = _input.Input }, diagnostics);
        return SearchIndexBuilder.Build(content).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
    }
}
