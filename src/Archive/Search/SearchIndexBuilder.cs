using System.Security.Cryptography;
using System.Text.Json;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Search;

/// <summary>
/// Builds the client-side search index under <c>search/index/</c>: a small manifest, word shards and phrase
/// shards bounded in size, long posting lists in files of their own, and paper data in small chunks. A query
/// downloads the manifest, one shard per word and the chunks of the results it shows; see README, "Search".
/// </summary>
public static class SearchIndexBuilder
{
    public const int FormatVersion = 1;

    public static IEnumerable<OutputFile> Build(SiteContent content)
    {
        var corpus = SearchCorpus.From(content);
        var count = corpus.Documents.Count;
        var (words, pairs) = TermCollector.Collect(corpus.Documents);
        var wordShards = ShardPlanner.Plan(words, count, 0);
        var pairShards = ShardPlanner.Plan(pairs, count, wordShards.LargeLists.Count);
        var perChunk = PaperChunks.DocumentsPerChunk(corpus.Documents);

        var files = new List<(string Path, byte[] Content)>();
        files.AddRange(wordShards.Shards.Select((s, i) => (SearchIndexLayout.WordShard(i), SearchJson.Utf8(s))));
        files.AddRange(pairShards.Shards.Select((s, i) => (SearchIndexLayout.PairShard(i), SearchJson.Utf8(s))));
        files.AddRange(wordShards.LargeLists.Concat(pairShards.LargeLists).Select((s, i) => (SearchIndexLayout.LargePostings(i), SearchJson.Utf8(s))));
        files.AddRange(PaperChunks.Build(corpus.Documents, perChunk).Select((c, i) => (SearchIndexLayout.Chunk(i), c)));
        files.Add((SearchIndexLayout.PairTable, SearchJson.Write(w => WriteStrings(w, pairShards.Keys))));

        // The manifest carries a hash of every other file; the client adds it to their URLs so a cached shard of an
        // older build is never mixed with a newer manifest.
        var manifest = Manifest(corpus, perChunk, wordShards.Keys, Hash(files));
        files.Add((SearchIndexLayout.Manifest, manifest));
        return files.Select(f => new OutputFile(SearchIndexLayout.Folder + f.Path, f.Content));
    }

    private static byte[] Manifest(SearchCorpus corpus, int perChunk, IReadOnlyList<string> wordKeys, string hash) =>
        SearchJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", FormatVersion);
            w.WriteString("h", hash);
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
            w.WritePropertyName("g");
            w.WriteStartArray();
            foreach (var group in corpus.Groups)
            {
                w.WriteStartArray();
                w.WriteNumberValue(group.Count);
                w.WriteNumberValue(group.UpvoteBand);
                w.WriteNumberValue(group.Year);
                foreach (var theme in group.Themes)
                {
                    w.WriteNumberValue(theme);
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WritePropertyName("w");
            WriteStrings(w, wordKeys);
            w.WriteEndObject();
        });

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
