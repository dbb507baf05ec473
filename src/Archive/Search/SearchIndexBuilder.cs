using System.Security.Cryptography;
using System.Text.Json;
using PaperArchive.Caching;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Search;

/// <summary>
/// Builds the client-side search index under <c>search/index/</c>: a small manifest, then per segment of papers
/// (<see cref="SearchCorpus"/>) word shards and phrase shards bounded in size and long posting lists in files of their
/// own, and paper data in small chunks. A query downloads the manifest, one shard per word and segment, and the chunks
/// of the results it shows; see README, "Search".
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>4: the manifest carries what the client needs besides the index (<c>text</c>, <c>limits</c>, <c>date</c>).</summary>
    public const int FormatVersion = 4;

    /// <param name="cache">When given, a segment whose <see cref="SegmentFingerprint"/> is the same as at the last build
    /// keeps its files (yielded as <see cref="OutputFile.Kept"/>) instead of being indexed again.</param>
    public static IEnumerable<OutputFile> Build(SiteContent content, BuildCache? cache = null)
    {
        var corpus = SearchCorpus.From(content);
        var first = corpus.Segments.Count > 0 ? corpus.Segments[0] : new SearchSegment(0, 0);
        var perChunk = PaperChunks.DocumentsPerChunk(corpus.Documents.Take(first.Count).ToList());
        var files = new List<OutputFile>();
        var segments = new List<(SearchSegment Segment, string Hash, IReadOnlyList<string> Keys)>();
        for (var s = 0; s < corpus.Segments.Count; s++)
        {
            var key = SearchIndexLayout.Segment(s);
            var fingerprint = cache is null ? default : SegmentFingerprint.Of(s, corpus, perChunk, ShardLimitOf(s, corpus));
            if (cache?.TryReuse(key, fingerprint) is { Data.Count: > 0 } reused)
            {
                files.AddRange(reused.Files.Select(f => OutputFile.Kept(f.Path)));
                segments.Add((corpus.Segments[s], reused.Data[0], reused.Data.Skip(1).ToList()));
                continue;
            }

            var (segmentFiles, segmentKeys) = BuildSegment(s, corpus.Segments[s], corpus, perChunk);
            files.AddRange(segmentFiles.Select(f => new OutputFile(SearchIndexLayout.Folder + f.Path, f.Content)));

            // Each segment's hash covers its own files only; the client adds it to their URLs, so a cached file of an
            // older build is never mixed with a newer manifest, and an unchanged segment stays cached.
            var segmentHash = Hash(segmentFiles);
            segments.Add((corpus.Segments[s], segmentHash, segmentKeys));
            cache?.Remember(key, fingerprint, segmentFiles.Select(f => SearchIndexLayout.Folder + f.Path).ToList(), [segmentHash, .. segmentKeys]);
        }

        files.Add(new OutputFile(SearchIndexLayout.Folder + SearchIndexLayout.Manifest, Manifest(corpus, perChunk, segments, DateStyle.For(content.Config.Language))));
        return files;
    }

    private static (List<(string Path, byte[] Content)> Files, IReadOnlyList<string> Keys) BuildSegment(
        int s, SearchSegment segment, SearchCorpus corpus, int perChunk)
    {
        var documents = corpus.Documents.Skip(segment.Offset).Take(segment.Count).ToList();
        var (words, pairs) = TermCollector.Collect(documents);
        var wordShards = ShardPlanner.Plan(words, segment.Count, 0, ShardLimitOf(s, corpus));
        var pairShards = ShardPlanner.Plan(pairs, segment.Count, wordShards.LargeLists.Count);
        var files = new List<(string Path, byte[] Content)>();
        files.AddRange(wordShards.Shards.Select((x, i) => (SearchIndexLayout.WordShard(s, i), SearchJson.Utf8(x))));
        files.AddRange(pairShards.Shards.Select((x, i) => (SearchIndexLayout.PairShard(s, i), SearchJson.Utf8(x))));
        files.AddRange(wordShards.LargeLists.Concat(pairShards.LargeLists).Select((x, i) => (SearchIndexLayout.LargePostings(s, i), x)));
        files.Add((SearchIndexLayout.PairTable(s), SearchJson.Write(w => WriteStrings(w, pairShards.Keys))));
        files.AddRange(PaperChunks.Build(documents, perChunk).Select((c, i) => (SearchIndexLayout.Chunk((segment.Offset / perChunk) + i), c)));
        return (files, wordShards.Keys);
    }

    private static int ShardLimitOf(int segment, SearchCorpus corpus) =>
        corpus.Segments.Count > 1 && segment == corpus.Segments.Count - 1 ? SearchIndexLayout.RecentShardLimit : SearchIndexLayout.ShardLimit;

    private static byte[] Manifest(
        SearchCorpus corpus, int perChunk, IReadOnlyList<(SearchSegment Segment, string Hash, IReadOnlyList<string> Keys)> segments, DateStyle dates) =>
        SearchJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", FormatVersion);
            w.WriteNumber("n", corpus.Documents.Count);
            w.WriteNumber("k", perChunk);
            w.WriteNumber("pb", PairBuckets.Count);
            w.WritePropertyName("th");
            w.WriteStartArray();
            foreach (var (slug, name) in corpus.Themes)
            {
                WriteStrings(w, [slug, name]);
            }

            w.WriteEndArray();
            w.WritePropertyName("yr");
            WriteStrings(w, corpus.Years);
            w.WriteString("ts", FacetCodec.ThemeSets(corpus.ThemeSets, corpus.Themes.Count));
            w.WriteString("g", FacetCodec.Groups(corpus.Groups));
            WriteClientConstants(w, dates);
            w.WritePropertyName("s");
            w.WriteStartArray();
            for (var s = 0; s < segments.Count; s++)
            {
                var (segment, hash, keys) = segments[s];
                w.WriteStartObject();
                w.WriteNumber("o", segment.Offset);
                w.WriteNumber("n", segment.Count);
                w.WriteNumber("p", SearchIndexLayout.PrefixShards(ShardLimitOf(s, corpus)));
                w.WriteString("h", hash);
                w.WritePropertyName("w");
                WriteStrings(w, keys);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary>The constants the client needs, written by the build so that search.js holds no copy of them
    /// (docs/search-index.md).</summary>
    private static void WriteClientConstants(Utf8JsonWriter w, DateStyle dates)
    {
        w.WriteStartObject("text");
        w.WriteNumber("start", SearchFolding.TableStart);
        w.WriteString("table", SearchFolding.Table);
        w.WriteString("stop", StopWords.List);
        w.WriteEndObject();
        w.WriteStartObject("limits");
        w.WriteNumber("page", SearchIndexLayout.ResultsPerPage);
        w.WriteNumber("expansions", SearchIndexLayout.MaxExpansions);
        w.WriteNumber("large", SearchIndexLayout.MaxLargeExpansions);
        w.WriteNumber("verify", SearchIndexLayout.VerifyLimit);
        w.WriteNumber("folder", SearchIndexLayout.FilesPerFolder);
        w.WriteEndObject();
        w.WriteStartObject("date");
        w.WritePropertyName("months");
        WriteStrings(w, dates.ShortMonths);
        w.WriteString("day", dates.Day);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Hash(IEnumerable<(string Path, byte[] Content)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, content) in files)
        {
            sha.AppendData(SearchJson.Utf8(path));
            sha.AppendData(content);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..8];
    }
}
