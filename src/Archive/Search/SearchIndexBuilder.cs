using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using PaperArchive.Caching;
using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Output;
using PaperArchive.Site;
using PaperArchive.Text;

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

    /// <summary>The index of the content's papers and themes (its related papers play no part).</summary>
    public static IEnumerable<OutputFile> Build(SiteContent content, StageCache? cache = null) =>
        Build(content.Catalog, content.Themes, DateStyle.For(content.Config.Language), cache);

    /// <param name="catalog">The papers; hidden ones are left out.</param>
    /// <param name="themes">The themes, for the facets.</param>
    /// <param name="dates">How the search page writes dates (the site's language).</param>
    /// <param name="cache">Keeps a segment's files from the last build when its papers did not change (each segment is
    /// a <see cref="WorkUnit"/> with a <see cref="SegmentFingerprint"/>).</param>
    /// <returns>Each segment's files as soon as the segment is made (so they need not all be held), the manifest last.</returns>
    public static IEnumerable<OutputFile> Build(PaperCatalog catalog, IReadOnlyList<ResearchTheme> themes, DateStyle dates, StageCache? cache = null)
    {
        cache ??= StageCache.None;
        var corpus = SearchCorpus.From(catalog, themes);
        var first = corpus.Segments.Count > 0 ? corpus.Segments[0] : new SearchSegment(0, 0);
        var perChunk = PaperChunks.DocumentsPerChunk(corpus.Documents.Take(first.Count).ToList());
        var segments = new List<(SearchSegment Segment, string Hash, IReadOnlyList<string> Keys)>();
        for (var s = 0; s < corpus.Segments.Count; s++)
        {
            var (segment, number, shardLimit) = (corpus.Segments[s], s, ShardLimitOf(s, corpus));
            var made = cache.ReuseOrMake(new WorkUnit(
                SearchIndexLayout.Segment(number),
                () => SegmentFingerprint.Of(FormatVersion, number, segment.Offset, Papers(corpus, segment), perChunk, shardLimit),
                () => MakeSegment(number, segment, corpus, perChunk)));
            segments.Add((segment, made.Data[0], made.Data.Skip(1).ToList()));
            foreach (var file in made.Files)
            {
                yield return file;
            }
        }

        yield return new OutputFile(SearchIndexLayout.Folder + SearchIndexLayout.Manifest, Manifest(corpus, perChunk, segments, dates));
    }

    /// <summary>A segment's files, and what the manifest needs of them: their hash, then the keys of the word shards.</summary>
    private static UnitFiles MakeSegment(int s, SearchSegment segment, SearchCorpus corpus, int perChunk)
    {
        var (segmentFiles, keys) = BuildSegment(s, segment, corpus, perChunk);

        // Each segment's hash covers its own files only; the client adds it to their URLs, so a cached file of an older
        // build is never mixed with a newer manifest, and an unchanged segment stays cached.
        var hash = Hash(segmentFiles);
        return new UnitFiles(segmentFiles.Select(f => new OutputFile(SearchIndexLayout.Folder + f.Path, f.Content)).ToList(), [hash, .. keys]);
    }

    private static List<Paper> Papers(SearchCorpus corpus, SearchSegment segment) =>
        corpus.Documents.Skip(segment.Offset).Take(segment.Count).ToList();

    private static (List<(string Path, byte[] Content)> Files, IReadOnlyList<string> Keys) BuildSegment(
        int s, SearchSegment segment, SearchCorpus corpus, int perChunk)
    {
        var documents = Papers(corpus, segment);
        var (wordShards, pairShards) = PlanShards(documents, ShardLimitOf(s, corpus));
        var files = new List<(string Path, byte[] Content)>();
        files.AddRange(wordShards.Shards.Select((x, i) => (SearchIndexLayout.WordShard(s, i), SearchJson.Utf8(x))));
        files.AddRange(pairShards.Shards.Select((x, i) => (SearchIndexLayout.PairShard(s, i), SearchJson.Utf8(x))));
        files.AddRange(wordShards.LargeLists.Concat(pairShards.LargeLists).Select((x, i) => (SearchIndexLayout.LargePostings(s, i), x)));
        files.Add((SearchIndexLayout.PairTable(s), SearchJson.Write(w => WriteStrings(w, pairShards.Keys))));
        files.AddRange(PaperChunks.Build(documents, perChunk).Select((c, i) => (SearchIndexLayout.Chunk((segment.Offset / perChunk) + i), c)));
        return (files, wordShards.Keys);
    }

    /// <summary>The segment's shards. Its postings (some 30 million at 100,000 papers, 0.1–0.2 GB) are reachable only
    /// from this frame, so they are garbage before the paper chunks are made: at 100,000 papers the end of the index was
    /// the build's peak, with the postings, the long lists' files and the chunks all held at once.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ShardSet Words, ShardSet Pairs) PlanShards(IReadOnlyList<Paper> documents, int shardLimit)
    {
        var (words, pairs) = TermCollector.Collect(documents);
        var wordShards = ShardPlanner.Plan(words, documents.Count, 0, shardLimit);
        return (wordShards, ShardPlanner.Plan(pairs, documents.Count, wordShards.LargeLists.Count));
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
