using System.Runtime.InteropServices;
using PaperArchive.Catalog;

namespace PaperArchive.Search;

/// <summary>A term (a word stem, or two adjacent stems for phrases) and the documents it occurs in, by id.</summary>
internal sealed record TermPostings(string Term, IReadOnlyList<Posting> Postings);

/// <summary>Collects the posting lists of every word, and of every bucket of adjacent word pairs (<see cref="PairBuckets"/>).</summary>
internal static class TermCollector
{
    public static (IReadOnlyList<TermPostings> Words, IReadOnlyList<TermPostings> Pairs) Collect(IReadOnlyList<Paper> documents)
    {
        // Tokenising is the expensive part and independent per paper, so it runs in parallel, a block at a time
        // (to bound memory); the merge stays in id order.
        const int Block = 2048;
        var tokens = new (List<string> Title, List<string> Abstract, List<string>[] Authors)[Math.Min(Block, documents.Count)];
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var wordPostings = new List<List<Posting>>();
        var pairPostings = new List<Posting>[PairBuckets.Count];
        var seenWords = new Dictionary<int, int>();
        var seenPairs = new Dictionary<int, int>();

        for (var doc = 0; doc < documents.Count; doc++)
        {
            if (doc % Block == 0)
            {
                var start = doc;
                Parallel.For(0, Math.Min(Block, documents.Count - start), i =>
                    tokens[i] = (
                        SearchTokenizer.Terms(documents[start + i].Title),
                        SearchTokenizer.Terms(documents[start + i].Abstract ?? string.Empty),
                        documents[start + i].AuthorNames.Select(SearchTokenizer.Terms).ToArray()));
            }

            // Each list gets this document once, in id order; the order between lists does not matter.
            seenWords.Clear();
            seenPairs.Clear();
            Count(tokens[doc % Block].Title, inTitle: true);
            Count(tokens[doc % Block].Abstract, inTitle: false);

            // Authors' names are found like words of the abstract; each name alone, so that no pair spans two names.
            foreach (var name in tokens[doc % Block].Authors)
            {
                Count(name, inTitle: false);
            }

            foreach (var (id, tally) in seenWords)
            {
                wordPostings[id].Add(new Posting(doc, Posting.CodeFor(tally >= 1 << 8, tally & 0xff)));
            }

            foreach (var (bucket, tally) in seenPairs)
            {
                (pairPostings[bucket] ??= []).Add(new Posting(doc, Posting.CodeFor(tally >= 1 << 8, tally & 0xff)));
            }
        }

        var wordList = words.Select((w, i) => new TermPostings(w, wordPostings[i]))
            .OrderBy(t => t.Term, StringComparer.Ordinal).ToList();
        var pairList = pairPostings.Select((p, bucket) => (Postings: p, Bucket: bucket)).Where(p => p.Postings is not null)
            .Select(p => new TermPostings(PairBuckets.Name(p.Bucket), p.Postings)).ToList();
        return (wordList, pairList);

        void Count(List<string> terms, bool inTitle)
        {
            string? previous = null;
            foreach (var term in terms)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(wordIds, term, out var known);
                if (!known)
                {
                    id = words.Count;
                    words.Add(term);
                    wordPostings.Add([]);
                }

                Tally(seenWords, id, inTitle);
                if (previous is not null)
                {
                    Tally(seenPairs, PairBuckets.Of(previous, term), inTitle);
                }

                previous = term;
            }
        }
    }

    /// <summary>Bit 8 marks "in the title"; the low byte counts abstract occurrences (saturating).</summary>
    private static void Tally(Dictionary<int, int> seen, int id, bool inTitle)
    {
        // One look-up, not two: this runs for every word of every paper.
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, id, out _);
        tally = inTitle ? tally | 1 << 8 : (tally & 0xff) < 255 ? tally + 1 : tally;
    }
}
