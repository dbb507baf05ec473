using System.Collections.Concurrent;
using PaperArchive.Catalog;

namespace PaperArchive.Search;

/// <summary>A term (a word stem, or two adjacent stems for phrases) and the documents it occurs in, by id.</summary>
internal sealed record TermPostings(string Term, IReadOnlyList<Posting> Postings);

/// <summary>Collects the posting lists of every word, and of every bucket of adjacent word pairs (<see cref="PairBuckets"/>).</summary>
internal static class TermCollector
{
    public static (IReadOnlyList<TermPostings> Words, IReadOnlyList<TermPostings> Pairs) Collect(IReadOnlyList<Paper> documents)
    {
        // Reading a paper's terms is the expensive part and independent per paper, so it runs in parallel, a block at a
        // time (to bound memory): each paper comes out as its words' numbers and its pairs' buckets with their posting
        // codes, and no term becomes a string twice. The merge stays in id order.
        const int Block = 2048;
        var terms = new TermNumbers();
        var readers = new ConcurrentBag<DocumentReader>();
        var read = new (int[] Words, int[] Pairs)[Math.Min(Block, documents.Count)];
        var wordPostings = new List<List<Posting>>();
        var pairPostings = new List<Posting>[PairBuckets.Count];

        for (var start = 0; start < documents.Count; start += Block)
        {
            var first = start;
            Parallel.For(
                0,
                Math.Min(Block, documents.Count - first),
                () => readers.TryTake(out var reader) ? reader : new DocumentReader(terms),
                (i, _, reader) =>
                {
                    read[i] = reader.Read(documents[first + i]);
                    return reader;
                },
                readers.Add);

            for (var i = 0; i < Math.Min(Block, documents.Count - first); i++)
            {
                // Each list gets this document once, in id order; the order between lists does not matter.
                var doc = first + i;
                foreach (var entry in read[i].Words)
                {
                    var word = entry >> 3;
                    while (wordPostings.Count <= word)
                    {
                        wordPostings.Add([]);
                    }

                    wordPostings[word].Add(new Posting(doc, (byte)(entry & 7)));
                }

                foreach (var entry in read[i].Pairs)
                {
                    (pairPostings[entry >> 3] ??= []).Add(new Posting(doc, (byte)(entry & 7)));
                }
            }
        }

        var words = terms.Words;
        var wordList = Enumerable.Range(0, wordPostings.Count).Select(i => new TermPostings(words[i], wordPostings[i]))
            .OrderBy(t => t.Term, StringComparer.Ordinal).ToList();
        var pairList = pairPostings.Select((p, bucket) => (Postings: p, Bucket: bucket)).Where(p => p.Postings is not null)
            .Select(p => new TermPostings(PairBuckets.Name(p.Bucket), p.Postings)).ToList();
        return (wordList, pairList);
    }

    /// <summary>Numbers the distinct terms for all readers at once: a term is a string once, when first seen.</summary>
    private sealed class TermNumbers
    {
        private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];
        private readonly Lock _adding = new();

        /// <summary>The terms by number (read once every reader is done).</summary>
        public IReadOnlyList<string> Words => _words;

        public int Of(ReadOnlySpan<char> term)
        {
            if (_numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var number))
            {
                return number;
            }

            lock (_adding)
            {
                if (_numbers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out number))
                {
                    return number;
                }

                var word = new string(term);
                number = _words.Count;
                _words.Add(word);
                _numbers[word] = number;
                return number;
            }
        }
    }

    /// <summary>One thread's tallies, reused from paper to paper. A code is <see cref="Posting.Code"/>: bit 2 "in the
    /// title", bits 0-1 the abstract occurrences (saturating at 3); 0 is "not seen yet".</summary>
    private sealed class DocumentReader(TermNumbers terms)
    {
        private readonly byte[] _pairCodes = new byte[PairBuckets.Count];
        private readonly List<int> _seenWords = [];
        private readonly List<int> _seenPairs = [];
        private byte[] _wordCodes = new byte[1 << 16];

        /// <summary>The paper's words and pairs, each once, as number * 8 + code.</summary>
        public (int[] Words, int[] Pairs) Read(Paper paper)
        {
            Add(paper.Title, inTitle: true);
            Add(paper.Abstract ?? string.Empty, inTitle: false);

            // Authors' names are found like words of the abstract; each name alone, so that no pair spans two names.
            foreach (var name in paper.AuthorNames)
            {
                Add(name, inTitle: false);
            }

            return (Take(_seenWords, _wordCodes), Take(_seenPairs, _pairCodes));
        }

        private void Add(string text, bool inTitle)
        {
            var reader = new SearchTokenizer.TermReader(text);
            var lead = 0u;
            var first = true;
            while (reader.Next(out var term))
            {
                var word = terms.Of(term);
                if (word >= _wordCodes.Length)
                {
                    Array.Resize(ref _wordCodes, Math.Max(word + 1, _wordCodes.Length * 2));
                }

                Tally(_wordCodes, _seenWords, word, inTitle);
                if (!first)
                {
                    Tally(_pairCodes, _seenPairs, PairBuckets.Of(lead, term), inTitle);
                }

                lead = PairBuckets.Lead(term);
                first = false;
            }
        }

        private static void Tally(byte[] codes, List<int> seen, int number, bool inTitle)
        {
            ref var code = ref codes[number];
            if (code == 0)
            {
                seen.Add(number);
            }

            code = inTitle ? (byte)(code | Posting.InTitle) : (code & 3) < 3 ? (byte)(code + 1) : code;
        }

        private static int[] Take(List<int> seen, byte[] codes)
        {
            var entries = new int[seen.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = (seen[i] << 3) | codes[seen[i]];
                codes[seen[i]] = 0;
            }

            seen.Clear();
            return entries;
        }
    }
}
