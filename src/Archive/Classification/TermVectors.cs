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
            var frequencies = new Dictionary<string, double>(256, StringComparer.Ordinal);
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

        var idf = new double[id];
        foreach (var term in vocabulary.Values)
        {
            idf[term.Id] = Math.Log((papers.Count + 1.0) / term.DocumentFrequency);
        }

        var vectors = new WeightedTerm[papers.Count][];
        Parallel.For(0, papers.Count, i => vectors[i] = Strongest(counts[i], idf, termsPerPaper));
        return new TermVectors(vectors, id);
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

    private static WeightedTerm[] Strongest((Term Term, float Count)[] counts, double[] idf, int termsPerPaper)
    {
        var weighted = new (double Weight, int Term)[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var (term, count) = counts[i];
            weighted[i] = ((1 + Math.Log(count)) * idf[term.Id], term.Id);
        }

        // Strongest first; among equal weights the smaller term number (the term's text order) first.
        Array.Sort(weighted, static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Term.CompareTo(b.Term));
        var kept = Math.Min(termsPerPaper, weighted.Length);
        var length = 0.0;
        for (var i = 0; i < kept; i++)
        {
            length += weighted[i].Weight * weighted[i].Weight;
        }

        length = Math.Sqrt(length);
        var vector = new WeightedTerm[length == 0 ? 0 : kept];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = new WeightedTerm(weighted[i].Term, (float)(weighted[i].Weight / length));
        }

        return vector;
    }

    private sealed class Term(string text)
    {
        public int DocumentFrequency;

        public string Text { get; } = text;

        public int Id { get; set; }
    }
}
