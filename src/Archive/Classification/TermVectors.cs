using System.Collections.Concurrent;
using PaperArchive.Catalog;

namespace PaperArchive.Classification;

/// <summary>One term of a paper's vector: the term's number in the vocabulary and its tf-idf weight.</summary>
public readonly record struct WeightedTerm(int Term, float Weight);

/// <summary>
/// The tf-idf vectors of all papers over title and abstract, pruned to each paper's strongest terms and scaled to
/// unit length, so that a dot product is a cosine. Title words count <see cref="TitleWeight"/> times.
/// </summary>
public sealed class TermVectors
{
    public const double TitleWeight = 3;

    private TermVectors(IReadOnlyList<WeightedTerm[]> vectors, int termCount)
    {
        Vectors = vectors;
        TermCount = termCount;
    }

    /// <summary>Per paper, in catalog order: its strongest terms, strongest first.</summary>
    public IReadOnlyList<WeightedTerm[]> Vectors { get; }

    public int TermCount { get; }

    public static TermVectors Build(IReadOnlyList<Paper> papers, int termsPerPaper)
    {
        var vocabulary = new ConcurrentDictionary<string, Term>(StringComparer.Ordinal);
        var counts = new (Term Term, float Count)[papers.Count][];
        Parallel.For(0, papers.Count, i =>
        {
            var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
            Count(papers[i].Title, TitleWeight, frequencies);
            Count(papers[i].Abstract, 1, frequencies);
            var terms = new (Term, float)[frequencies.Count];
            var k = 0;
            foreach (var (text, count) in frequencies)
            {
                var term = vocabulary.GetOrAdd(text, static t => new Term(t));
                Interlocked.Increment(ref term.DocumentFrequency);
                terms[k++] = (term, (float)count);
            }

            counts[i] = terms;
        });

        // Threads meet terms in any order; numbering them by their text afterwards keeps every run the same.
        var id = 0;
        foreach (var term in vocabulary.Values.OrderBy(t => t.Text, StringComparer.Ordinal))
        {
            term.Id = id++;
        }

        var vectors = new WeightedTerm[papers.Count][];
        var paperCount = papers.Count;
        Parallel.For(0, papers.Count, i => vectors[i] = Strongest(counts[i], paperCount, termsPerPaper));
        return new TermVectors(vectors, vocabulary.Count);
    }

    private static void Count(string text, double weight, Dictionary<string, double> frequencies)
    {
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (TermNormalizer.Normalize(token.Word) is { } term)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + weight;
            }
        }
    }

    private static WeightedTerm[] Strongest((Term Term, float Count)[] counts, int paperCount, int termsPerPaper)
    {
        var weighted = counts
            .Select(c => (c.Term, Weight: (1 + Math.Log(c.Count)) * Math.Log((paperCount + 1.0) / c.Term.DocumentFrequency)))
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.Term.Id)
            .Take(termsPerPaper)
            .ToList();
        var length = Math.Sqrt(weighted.Sum(c => c.Weight * c.Weight));
        return length == 0
            ? []
            : weighted.Select(c => new WeightedTerm(c.Term.Id, (float)(c.Weight / length))).ToArray();
    }

    private sealed class Term(string text)
    {
        public int DocumentFrequency;

        public string Text { get; } = text;

        public int Id { get; set; }
    }
}
