using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PaperArchive.Catalog;

namespace PaperArchive.Classification;

/// <summary>
/// Finds, for each visible paper, the <see cref="Count"/> papers most like it by tf-idf cosine over title and
/// abstract. It never compares all pairs: each paper keeps its <see cref="TermsPerPaper"/> strongest terms, an
/// inverted index maps a term to the papers that weigh it most (at most <see cref="PostingLimit"/>), and only
/// papers sharing a strong term are scored. Ties go to the smaller slug; hidden papers are never related.
/// </summary>
public static class RelatedPaperFinder
{
    public const int Count = 5;
    public const int TermsPerPaper = 20;
    public const int PostingLimit = 200;

    /// <summary>Below this cosine two papers merely share a common word or two.</summary>
    public const double MinimumSimilarity = 0.05;

    /// <summary>Reads the papers' words afresh; a build hands on those classification read (<see cref="Find(PaperCatalog, PaperWords)"/>).</summary>
    public static RelatedPapers Find(PaperCatalog catalog) => Find(catalog, PaperWords.Read(catalog.Papers));

    /// <param name="words">The words of <paramref name="catalog"/>'s papers, in catalog order (<see cref="ClassifiedPapers.Words"/>).</param>
    public static RelatedPapers Find(PaperCatalog catalog, PaperWords words)
    {
        var papers = catalog.Papers;
        if (words.PaperCount != papers.Count)
        {
            throw new ArgumentException($"the words of {words.PaperCount} papers were given for a catalog of {papers.Count}.", nameof(words));
        }

        var vectors = TermVectors.Build(words, TermsPerPaper);
        var postings = Postings(papers, vectors);
        var found = new IReadOnlyList<Paper>?[papers.Count];
        Parallel.For(0, papers.Count, () => new Scores(papers.Count), (i, _, scores) =>
        {
            if (!papers[i].Hidden)
            {
                found[i] = scores.Nearest(i, vectors.Vectors[i], postings, papers);
            }

            return scores;
        }, _ => { });

        var byId = new Dictionary<string, IReadOnlyList<Paper>>(StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            if (found[i] is { Count: > 0 } list)
            {
                byId[papers[i].Id] = list;
            }
        }

        return new RelatedPapers(byId);
    }

    /// <summary>Term → (paper, weight), heaviest first, visible papers only, cut at <see cref="PostingLimit"/> so
    /// that a term half the archive uses cannot make every paper a candidate of every other.</summary>
    private static WeightedPaper[][] Postings(IReadOnlyList<Paper> papers, TermVectors vectors)
    {
        var sizes = new int[vectors.TermCount];
        for (var i = 0; i < papers.Count; i++)
        {
            if (!papers[i].Hidden)
            {
                foreach (var term in vectors.Vectors[i])
                {
                    sizes[term.Term]++;
                }
            }
        }

        var lists = new WeightedPaper[vectors.TermCount][];
        for (var t = 0; t < lists.Length; t++)
        {
            lists[t] = sizes[t] == 0 ? [] : new WeightedPaper[sizes[t]];
            sizes[t] = 0;
        }

        for (var i = 0; i < papers.Count; i++)
        {
            if (!papers[i].Hidden)
            {
                foreach (var term in vectors.Vectors[i])
                {
                    lists[term.Term][sizes[term.Term]++] = new WeightedPaper(i, term.Weight);
                }
            }
        }

        Parallel.For(0, lists.Length, t =>
        {
            if (lists[t].Length > 1)
            {
                lists[t].AsSpan().Sort(new HeaviestFirst());
                if (lists[t].Length > PostingLimit)
                {
                    lists[t] = lists[t][..PostingLimit];
                }
            }
        });
        return lists;
    }

    private readonly record struct WeightedPaper(int Paper, float Weight);

    /// <summary>Heaviest first; equal weights in paper (slug) order.</summary>
    private readonly struct HeaviestFirst : IComparer<WeightedPaper>
    {
        public int Compare(WeightedPaper a, WeightedPaper b) =>
            a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Paper.CompareTo(b.Paper);
    }

    /// <summary>One thread's score accumulator, reused from paper to paper so that scoring allocates only its result.</summary>
    private sealed class Scores(int paperCount)
    {
        // Scoring is most of the stage's cost (about 400 million adds at 100,000 papers, each a likely cache miss in an
        // array over every paper), so the adds go without bounds checks: every posting holds indexes into the catalog
        // this accumulator was made for (papers.Count == paperCount).
        private readonly double[] _score = new double[paperCount];

        // A paper's candidates are at most its terms times a posting's length; it grows only if a weight rounds to 0.
        private int[] _touched = new int[Math.Min(paperCount, TermsPerPaper * PostingLimit)];
        private readonly int[] _best = new int[Count];
        private readonly double[] _bestScore = new double[Count];

        public Paper[] Nearest(int paper, WeightedTerm[] vector, WeightedPaper[][] postings, IReadOnlyList<Paper> papers)
        {
            ref var scores = ref MemoryMarshal.GetArrayDataReference(_score);

            // The paper itself is never a candidate: -∞ stays -∞ whatever is added to it, and is never "not seen yet".
            Unsafe.Add(ref scores, paper) = double.NegativeInfinity;
            var touched = 0;
            foreach (var term in vector)
            {
                var weight = (double)term.Weight;
                foreach (var other in postings[term.Term])
                {
                    // Every weight is positive: a score of 0 is a paper not seen yet.
                    ref var score = ref Unsafe.Add(ref scores, other.Paper);
                    if (score == 0)
                    {
                        if (touched == _touched.Length)
                        {
                            Array.Resize(ref _touched, Math.Max(touched * 2, 16));
                        }

                        _touched[touched++] = other.Paper;
                    }

                    score += weight * other.Weight;
                }
            }

            Unsafe.Add(ref scores, paper) = 0;
            var kept = 0;
            foreach (var candidate in _touched.AsSpan(0, touched))
            {
                ref var slot = ref Unsafe.Add(ref scores, candidate);
                var score = slot;
                slot = 0;

                // Most candidates share a word or two and fall short of the five kept: they are turned away here.
                if (score >= MinimumSimilarity && (kept < Count || score >= _bestScore[Count - 1]))
                {
                    kept = Insert(candidate, score, kept);
                }
            }

            var nearest = new Paper[kept];
            for (var k = 0; k < kept; k++)
            {
                nearest[k] = papers[_best[k]];
            }

            return nearest;
        }

        /// <summary>Keeps the <see cref="Count"/> best so far in order; returns how many are kept.</summary>
        private int Insert(int candidate, double score, int kept)
        {
            // Papers are in slug order, so on equal scores the smaller index (slug) goes first.
            var at = kept;
            while (at > 0 && (score > _bestScore[at - 1] || (score == _bestScore[at - 1] && candidate < _best[at - 1])))
            {
                at--;
            }

            if (at == Count)
            {
                return kept;
            }

            var moved = Math.Min(kept, Count - 1) - at;
            Array.Copy(_best, at, _best, at + 1, moved);
            Array.Copy(_bestScore, at, _bestScore, at + 1, moved);
            _best[at] = candidate;
            _bestScore[at] = score;
            return Math.Min(kept + 1, Count);
        }
    }
}
