namespace PaperArchive.Classification;

/// <summary>One term of a paper's vector: the term's number and its tf-idf weight.</summary>
internal readonly record struct WeightedTerm(int Term, float Weight);

/// <summary>
/// The tf-idf vectors of all papers over title and abstract, pruned to each paper's strongest terms and scaled to
/// unit length, so that a dot product is a cosine. Title words count <see cref="TitleWeight"/> times.
/// </summary>
internal sealed class TermVectors
{
    public const double TitleWeight = 3;

    private TermVectors(IReadOnlyList<WeightedTerm[]> vectors, int termCount)
    {
        Vectors = vectors;
        TermCount = termCount;
    }

    /// <summary>Per paper, in catalog order: its strongest terms, strongest first, numbered 0 to <see cref="TermCount"/> - 1.</summary>
    public IReadOnlyList<WeightedTerm[]> Vectors { get; }

    public int TermCount { get; }

    internal static TermVectors Build(PaperWords words, int termsPerPaper)
    {
        var papers = words.Texts;
        var terms = TermNumbers.Of(words.Words, papers.Length);

        // Counting a paper's terms again costs less than keeping every paper's counts between the two passes. Each
        // thread counts document frequencies on its own (an interlocked add per term and paper cost more), summed at the end.
        var documentFrequency = new int[terms.Count];
        Parallel.For(0, papers.Length, () => (Counter: new TermCounter(terms), Frequency: new int[terms.Count]), (i, _, local) =>
        {
            local.Counter.Count(papers[i]);
            foreach (var term in local.Counter.Terms)
            {
                local.Frequency[term]++;
            }

            return local;
        }, local =>
        {
            lock (documentFrequency)
            {
                for (var t = 0; t < documentFrequency.Length; t++)
                {
                    documentFrequency[t] += local.Frequency[t];
                }
            }
        });

        var inverseFrequency = new double[terms.Count];
        for (var t = 0; t < inverseFrequency.Length; t++)
        {
            inverseFrequency[t] = Math.Log((papers.Length + 1.0) / documentFrequency[t]);
        }

        var vectors = new WeightedTerm[papers.Length][];
        Parallel.For(0, papers.Length, () => new TermCounter(terms), (i, _, counter) =>
        {
            counter.Count(papers[i]);
            vectors[i] = counter.Strongest(inverseFrequency, termsPerPaper);
            return counter;
        }, _ => { });

        return new TermVectors(vectors, terms.Count);
    }
}
