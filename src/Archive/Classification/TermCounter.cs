namespace PaperArchive.Classification;

/// <summary>
/// One thread's term counts for one paper at a time, in arrays reused from paper to paper: counting and picking
/// a paper's strongest terms allocates only the vector it keeps.
/// </summary>
internal sealed class TermCounter(TermNumbers terms)
{
    private static readonly double[] LogTable = Enumerable.Range(0, 256).Select(n => 1 + Math.Log(n)).ToArray();

    private readonly float[] _counts = new float[terms.Count];
    private int[] _terms = new int[256];
    private int _termCount;
    private Weighted[] _strongest = [];

    /// <summary>The distinct terms of the paper counted last.</summary>
    public ReadOnlySpan<int> Terms => _terms.AsSpan(0, _termCount);

    public void Count(PaperText text)
    {
        foreach (var term in Terms)
        {
            _counts[term] = 0;
        }

        _termCount = 0;
        Add(text.Title, (float)TermVectors.TitleWeight);
        Add(text.Abstract, 1);
    }

    /// <summary>The paper's <paramref name="kept"/> heaviest terms by tf-idf, strongest first, scaled to unit length.</summary>
    public WeightedTerm[] Strongest(double[] inverseFrequency, int kept)
    {
        if (kept == 0)
        {
            return [];
        }

        if (_strongest.Length < kept)
        {
            _strongest = new Weighted[kept];
        }

        // A paper has a hundred terms or so and keeps twenty: each term is compared with the weakest kept so far,
        // and only the few stronger ones are sorted in.
        var strongest = _strongest.AsSpan(0, kept);
        var count = 0;
        foreach (var term in Terms)
        {
            var candidate = new Weighted(TermFrequencyWeight(_counts[term]) * inverseFrequency[term], terms.Slots[term], term);
            if (count == kept && !IsStronger(candidate, strongest[count - 1]))
            {
                continue;
            }

            var at = Math.Min(count, kept - 1);
            while (at > 0 && IsStronger(candidate, strongest[at - 1]))
            {
                strongest[at] = strongest[at - 1];
                at--;
            }

            strongest[at] = candidate;
            count = Math.Min(count + 1, kept);
        }

        strongest = strongest[..count];
        var length = 0.0;
        foreach (var w in strongest)
        {
            length += w.Weight * w.Weight;
        }

        length = Math.Sqrt(length);
        var vector = new WeightedTerm[length == 0 ? 0 : strongest.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = new WeightedTerm(strongest[i].Term, (float)(strongest[i].Weight / length));
        }

        return vector;
    }

    /// <summary>1 + log(count), from a table for the whole counts of nearly every term (the same doubles).</summary>
    private static double TermFrequencyWeight(float count) =>
        count < LogTable.Length && count == (int)count ? LogTable[(int)count] : 1 + Math.Log(count);

    /// <summary>Heavier first; equal weights in slot order, so that every run keeps the same terms.</summary>
    private static bool IsStronger(Weighted a, Weighted b) => a.Weight > b.Weight || (a.Weight == b.Weight && a.Slot < b.Slot);

    private void Add(ReadOnlySpan<Token> tokens, float weight)
    {
        foreach (var token in tokens)
        {
            var term = terms.OfWord[token.Word];
            if (term < 0)
            {
                continue;
            }

            if (_counts[term] == 0)
            {
                if (_termCount == _terms.Length)
                {
                    Array.Resize(ref _terms, _terms.Length * 2);
                }

                _terms[_termCount++] = term;
            }

            _counts[term] += weight;
        }
    }

    private readonly record struct Weighted(double Weight, int Slot, int Term);
}
