using System.Text.Json;

namespace PaperArchive.Search;

/// <summary>
/// Runs queries against a built index the way <c>search.js</c> does, reading each file at most once (as a browser
/// cache would) and counting the bytes: used by <see cref="SearchIndexStats"/> and by the tests.
/// </summary>
public sealed class IndexReplay
{
    private readonly string _folder;
    private readonly Dictionary<string, JsonElement> _files = new(StringComparer.Ordinal);
    private readonly JsonElement _manifest;

    public IndexReplay(string indexFolder)
    {
        _folder = indexFolder;
        _manifest = Fetch(SearchIndexLayout.Manifest);
        DocumentCount = _manifest.GetProperty("n").GetInt32();
    }

    public int DocumentCount { get; }

    /// <summary>Bytes of every index file read so far.</summary>
    public long BytesRead { get; private set; }

    public IReadOnlyCollection<string> FilesRead => _files.Keys;

    /// <summary>The ids of every matching document, best first, and the slugs of the first page (whose chunks are fetched).</summary>
    public (IReadOnlyList<int> Matches, IReadOnlyList<string> Slugs) Search(string text)
    {
        var query = SearchQuery.Parse(text);
        if (query.IsEmpty)
        {
            return ([], []);
        }

        var scores = new List<Dictionary<int, double>>();
        foreach (var word in query.Words)
        {
            scores.Add(word.IsPrefix ? Expand(word) : Lookup(SearchIndexLayout.WordShard, WordKeys, word.Term) ?? []);
        }

        foreach (var phrase in query.Phrases)
        {
            for (var i = 0; i + 1 < phrase.Count; i++)
            {
                var bucket = PairBuckets.Name(PairBuckets.Of(phrase[i], phrase[i + 1]));
                scores.Add(Lookup(SearchIndexLayout.PairShard, PairKeys, bucket) ?? []);
            }
        }

        scores.Sort((a, b) => a.Count.CompareTo(b.Count));
        var matches = scores[0].Keys
            .Where(d => scores.All(s => s.ContainsKey(d)))
            .Select(d => (Doc: d, Score: scores.Sum(s => s[d])))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Doc)
            .Select(x => x.Doc).ToList();
        if (query.Phrases.Count > 0)
        {
            matches = Verified(matches, query.Phrases);
        }

        var slugs = matches.Take(SearchIndexLayout.ResultsPerPage).Select(Slug).ToList();
        return (matches, slugs);
    }

    /// <summary>The documents the index lists for one exact term, found through the shard lookup the client uses.</summary>
    public IReadOnlyCollection<int> DocumentsOf(string term) =>
        (IReadOnlyCollection<int>?)Lookup(SearchIndexLayout.WordShard, WordKeys, term)?.Keys ?? [];

    /// <summary>As the client does: checks the best candidates' text, a page at a time, until a page is full.</summary>
    private List<int> Verified(List<int> candidates, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var good = new List<int>();
        var checkedCount = 0;
        while (good.Count < SearchIndexLayout.ResultsPerPage && checkedCount < Math.Min(candidates.Count, SearchIndexLayout.VerifyLimit))
        {
            var batch = candidates.Skip(checkedCount).Take(SearchIndexLayout.ResultsPerPage).ToList();
            checkedCount += SearchIndexLayout.ResultsPerPage;
            good.AddRange(batch.Where(d => phrases.All(p => HasPhrase(d, p))));
        }

        return [.. good, .. candidates.Skip(checkedCount)];
    }

    private bool HasPhrase(int doc, IReadOnlyList<string> phrase)
    {
        var row = Row(doc);
        return Contains(SearchTokenizer.Terms(row[1].GetString()!), phrase) || Contains(SearchTokenizer.Terms(row[3].GetString()!), phrase);
    }

    private static bool Contains(List<string> terms, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= terms.Count; i++)
        {
            if (phrase.Select((t, j) => terms[i + j] == t).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    private IReadOnlyList<string> WordKeys => Strings(_manifest.GetProperty("w"));

    private IReadOnlyList<string> PairKeys => Strings(Fetch(SearchIndexLayout.PairTable));

    private string Slug(int doc) => Row(doc)[0].GetString()!;

    private JsonElement Row(int doc)
    {
        var perChunk = _manifest.GetProperty("k").GetInt32();
        return Fetch(SearchIndexLayout.Chunk(doc / perChunk))[doc % perChunk];
    }

    private Dictionary<int, double>? Lookup(Func<int, string> shardPath, IReadOnlyList<string> keys, string term)
    {
        foreach (var entry in Fetch(shardPath(ShardOf(keys, term))).EnumerateArray())
        {
            if (entry[0].GetString() == term)
            {
                return Scored(entry, 1.0);
            }
        }

        return null;
    }

    private Dictionary<int, double> Expand(QueryWord word)
    {
        var keys = WordKeys;
        var result = new Dictionary<int, double>();
        var shards = new SortedSet<int>();
        foreach (var prefix in word.Prefixes)
        {
            var first = ShardOf(keys, prefix);
            var last = ShardOf(keys, prefix + "~");
            for (var i = first; i <= Math.Min(last, first + SearchIndexLayout.PrefixShardLimit - 1); i++)
            {
                shards.Add(i);
            }
        }

        var found = shards.SelectMany(shard => Fetch(SearchIndexLayout.WordShard(shard)).EnumerateArray())
            .Where(e => word.Prefixes.Any(p => e[0].GetString()!.StartsWith(p, StringComparison.Ordinal)))
            .OrderByDescending(e => e[1].GetInt32()).ThenBy(e => e[0].GetString(), StringComparer.Ordinal)
            .Take(SearchIndexLayout.MaxExpansions).ToList();
        var external = found.Where(e => e[2].ValueKind == JsonValueKind.Number && e[0].GetString() != word.Term)
            .Skip(found.Any(e => e[2].ValueKind == JsonValueKind.Number && e[0].GetString() == word.Term) ? 0 : SearchIndexLayout.MaxLargeExpansions)
            .ToHashSet();
        found = found.Where(e => !external.Contains(e)).ToList();
        foreach (var entry in found)
        {
            foreach (var (doc, score) in Scored(entry, entry[0].GetString() == word.Term ? 1.0 : 0.9))
            {
                result[doc] = Math.Max(score, result.GetValueOrDefault(doc));
            }
        }

        return result;
    }

    private Dictionary<int, double> Scored(JsonElement entry, double weight)
    {
        var df = entry[1].GetInt32();
        var postings = entry[2].ValueKind == JsonValueKind.Number
            ? Fetch(SearchIndexLayout.LargePostings(entry[2].GetInt32())).GetString()!
            : entry[2].GetString()!;
        var idf = Math.Log(1 + ((DocumentCount - df + 0.5) / (df + 0.5)));
        return PostingCodec.Decode(postings, DocumentCount).ToDictionary(p => p.Doc, p => weight * idf * SearchScore.Weight(p.Code));
    }

    private static int ShardOf(IReadOnlyList<string> keys, string term)
    {
        var found = 0;
        for (var i = 0; i < keys.Count && string.CompareOrdinal(keys[i], term) <= 0; i++)
        {
            found = i;
        }

        return found;
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private JsonElement Fetch(string relativePath)
    {
        if (!_files.TryGetValue(relativePath, out var element))
        {
            var bytes = File.ReadAllBytes(Path.Combine(_folder, relativePath));
            BytesRead += bytes.Length;
            element = JsonDocument.Parse(bytes).RootElement.Clone();
            _files[relativePath] = element;
        }

        return element;
    }
}
