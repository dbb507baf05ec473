using System.Text.Json;

namespace PaperArchive.Search.Client;

/// <summary>
/// Runs queries against a built index the way the search page does (<c>theme/assets/js/search/</c>), reading each
/// file at most once (as a browser cache would) and counting the bytes: used by <see cref="SearchIndexStats"/> and by
/// the tests.
/// </summary>
public sealed class IndexReplay
{
    private readonly string _folder;
    private readonly Dictionary<string, JsonElement> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _raw = new(StringComparer.Ordinal);
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

    public IReadOnlyCollection<string> FilesRead => _raw.Keys;

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
            scores.Add(word.IsPrefix ? Expand(word) : Scored(Lookup(SearchIndexLayout.WordShard, WordKeys, word.Term), 1.0));
        }

        foreach (var phrase in query.Phrases)
        {
            for (var i = 0; i + 1 < phrase.Count; i++)
            {
                var bucket = PairBuckets.Name(PairBuckets.Of(phrase[i], phrase[i + 1]));
                scores.Add(Scored(Lookup(SearchIndexLayout.PairShard, PairKeys, bucket), 1.0));
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
        Scored(Lookup(SearchIndexLayout.WordShard, WordKeys, term), 1.0).Keys;

    /// <summary>As the client does: checks the best candidates' text, a page at a time, until a page is full. A snippet
    /// cut short cannot rule a phrase out, so that candidate stays (the pair buckets already matched).</summary>
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
        var snippet = row[3].GetString()!;
        return Contains(SearchTokenizer.Terms(row[1].GetString()!), phrase) || Contains(SearchTokenizer.Terms(snippet), phrase)
            || snippet.EndsWith(PaperChunks.Truncated, StringComparison.Ordinal);
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

    private IReadOnlyList<JsonElement> Segments => _manifest.GetProperty("s").EnumerateArray().ToList();

    private IReadOnlyList<string> WordKeys(int segment) => Strings(Segments[segment].GetProperty("w"));

    private IReadOnlyList<string> PairKeys(int segment) => Strings(Fetch(SearchIndexLayout.PairTable(segment)));

    private string Slug(int doc) => Row(doc)[0].GetString()!;

    private JsonElement Row(int doc)
    {
        var perChunk = _manifest.GetProperty("k").GetInt32();
        return Fetch(SearchIndexLayout.Chunk(doc / perChunk))[doc % perChunk];
    }

    /// <summary>The term's entry in every segment that has it.</summary>
    private List<(int Segment, JsonElement Entry)> Lookup(Func<int, int, string> shardPath, Func<int, IReadOnlyList<string>> keys, string term)
    {
        var found = new List<(int, JsonElement)>();
        for (var s = 0; s < Segments.Count; s++)
        {
            if (keys(s).Count == 0)
            {
                continue;
            }

            foreach (var entry in Fetch(shardPath(s, ShardOf(keys(s), term))).EnumerateArray())
            {
                if (entry[0].GetString() == term)
                {
                    found.Add((s, entry));
                }
            }
        }

        return found;
    }

    private Dictionary<int, double> Expand(QueryWord word)
    {
        var found = new List<(int Segment, JsonElement Entry)>();
        for (var s = 0; s < Segments.Count; s++)
        {
            var keys = WordKeys(s);
            var shards = new SortedSet<int>();
            foreach (var prefix in keys.Count == 0 ? [] : word.Prefixes)
            {
                var first = ShardOf(keys, prefix);
                var last = ShardOf(keys, prefix + "~");
                for (var i = first; i <= Math.Min(last, first + Segments[s].GetProperty("p").GetInt32() - 1); i++)
                {
                    shards.Add(i);
                }
            }

            var segment = s;
            found.AddRange(shards.SelectMany(shard => Fetch(SearchIndexLayout.WordShard(segment, shard)).EnumerateArray())
                .Where(e => word.Prefixes.Any(p => e[0].GetString()!.StartsWith(p, StringComparison.Ordinal)))
                .Select(e => (segment, e)));
        }

        // Terms, most frequent first over all segments; a term is long when any segment keeps its list in a file.
        var terms = found.GroupBy(f => f.Entry[0].GetString()!, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, Entries: g.ToList(), Df: g.Sum(f => f.Entry[1].GetInt32()), Large: g.Any(f => f.Entry[2].ValueKind == JsonValueKind.Number)))
            .OrderByDescending(t => t.Df).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(SearchIndexLayout.MaxExpansions).ToList();
        var large = terms.Any(t => t.Term == word.Term && t.Large) ? SearchIndexLayout.MaxLargeExpansions : 0;
        var result = new Dictionary<int, double>();
        foreach (var term in terms.Where(t => !t.Large || t.Term == word.Term || large++ < SearchIndexLayout.MaxLargeExpansions))
        {
            foreach (var (doc, score) in Scored(term.Entries, term.Term == word.Term ? 1.0 : 0.9))
            {
                result[doc] = Math.Max(score, result.GetValueOrDefault(doc));
            }
        }

        return result;
    }

    /// <summary>Scores with the idf of the whole archive: the term's papers summed over its segments.</summary>
    private Dictionary<int, double> Scored(List<(int Segment, JsonElement Entry)> entries, double weight)
    {
        var df = entries.Sum(e => e.Entry[1].GetInt32());
        var idf = Math.Log(1 + ((DocumentCount - df + 0.5) / (df + 0.5)));
        var result = new Dictionary<int, double>();
        foreach (var (s, entry) in entries)
        {
            var offset = Segments[s].GetProperty("o").GetInt32();
            var n = Segments[s].GetProperty("n").GetInt32();
            var postings = entry[2].ValueKind == JsonValueKind.Number
                ? PostingLists.Decode(FetchBytes(SearchIndexLayout.LargePostings(s, entry[2].GetInt32())), n)
                : PostingLists.Decode(entry[2].GetString()!, n);
            foreach (var p in postings)
            {
                result[offset + p.Doc] = weight * idf * SearchScore.Weight(p.Code);
            }
        }

        return result;
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
            element = JsonDocument.Parse(FetchBytes(relativePath)).RootElement.Clone();
            _files[relativePath] = element;
        }

        return element;
    }

    /// <summary>A file's bytes, counted the first time only (the binary long lists are read as they are).</summary>
    private byte[] FetchBytes(string relativePath)
    {
        if (!_raw.TryGetValue(relativePath, out var bytes))
        {
            bytes = File.ReadAllBytes(Path.Combine(_folder, relativePath));
            BytesRead += bytes.Length;
            _raw[relativePath] = bytes;
        }

        return bytes;
    }
}
