namespace PaperArchive.Classification;

/// <summary>
/// One thread's term counts for one paper at a time, in arrays reused from paper to paper: counting and picking
/// a paper's strongest terms allocates only the vector it keeps.
/// </summary>
internal sealed class TermCounter(TermNumbers terms)
{
    private readonly float[] _counts = new float[terms.Count];
    private int[] _terms = new int[256];
    private int _termCount;
    private Weighted[] _weighted = new Weighted[256];

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
        if (_weighted.Length < _termCount)
        {
            _weighted = new Weighted[_terms.Length];
        }

        var weighted = _weighted.AsSpan(0, _termCount);
        for (var i = 0; i < weighted.Length; i++)
        {
            var term = _terms[i];
            weighted[i] = new Weighted((1 + Math.Log(_counts[term])) * inverseFrequency[term], terms.Slots[term], term);
        }

        weighted.Sort(new StrongestFirst());
        weighted = weighted[..Math.Min(kept, weighted.Length)];
        var length = 0.0;
        foreach (var w in weighted)
        {
            length += w.Weight * w.Weight;
        }

        length = Math.Sqrt(length);
        var vector = new WeightedTerm[length == 0 ? 0 : weighted.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = new WeightedTerm(weighted[i].Term, (float)(weighted[i].Weight / length));
        }

        return vector;
    }

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

    /// <summary>Heaviest first; equal weights in slot order, so that every run keeps the same terms.</summary>
    private readonly struct StrongestFirst : IComparer<Weighted>
    {
        public int Compare(Weighted a, Weighted b) =>
            a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Slot.CompareTo(b.Slot);
    }
}
