using PaperArchive.Catalog;

namespace PaperArchive.Classification;

/// <summary>One term of a paper's vector: the term's number and its tf-idf weight.</summary>
public readonly record struct WeightedTerm(int Term, float Weight);

/// <summary>
/// The tf-idf vectors of all papers over title and abstract, pruned to each paper's strongest terms and scaled to
/// unit length, so that a dot product is a cosine. Title words count <see cref="TitleWeight"/> times.
/// </summary>
/// <remarks>
/// Terms are counted by a hash of their text in a table far larger than the vocabulary, not in a dictionary of
/// strings: at 100,000 papers a shared dictionary of a quarter of a million terms costs more than all the rest.
/// Two rare terms may share a slot; that merges their document frequencies and nothing else of note.
/// </remarks>
public sealed class TermVectors
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

    public static TermVectors Build(IReadOnlyList<Paper> papers, int termsPerPaper)
    {
        var slots = SlotCount(papers.Count);
        var documentFrequency = new int[slots];
        var counts = new (int Slot, float Count)[papers.Count][];
        Parallel.For(0, papers.Count, () => new Dictionary<int, float>(256), (i, _, frequencies) =>
        {
            frequencies.Clear();
            Count(papers[i].Title, (float)TitleWeight, slots, frequencies);
            Count(papers[i].Abstract, 1, slots, frequencies);
            var terms = new (int, float)[frequencies.Count];
            var k = 0;
            foreach (var (slot, count) in frequencies)
            {
                Interlocked.Increment(ref documentFrequency[slot]);
                terms[k++] = (slot, count);
            }

            counts[i] = terms;
            return frequencies;
        }, _ => { });

        var strongest = new (int Slot, float Weight)[papers.Count][];
        Parallel.For(0, papers.Count, i => strongest[i] = Strongest(counts[i], documentFrequency, papers.Count, termsPerPaper));
        return Number(strongest);
    }

    private static void Count(string text, float weight, int slots, Dictionary<int, float> frequencies)
    {
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (TermNormalizer.Normalize(token.Word) is { } term)
            {
                var slot = (int)(Hash(term) & (uint)(slots - 1));
                frequencies[slot] = frequencies.GetValueOrDefault(slot) + weight;
            }
        }
    }

    private static (int Slot, float Weight)[] Strongest((int Slot, float Count)[] counts, int[] documentFrequency, int paperCount, int termsPerPaper)
    {
        var weighted = new (double Weight, int Slot)[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var (slot, count) = counts[i];
            weighted[i] = ((1 + Math.Log(count)) * Math.Log((paperCount + 1.0) / documentFrequency[slot]), slot);
        }

        // Strongest first; equal weights in slot order, so that every run keeps the same terms.
        Array.Sort(weighted, static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Slot.CompareTo(b.Slot));
        var kept = Math.Min(termsPerPaper, weighted.Length);
        var length = 0.0;
        for (var i = 0; i < kept; i++)
        {
            length += weighted[i].Weight * weighted[i].Weight;
        }

        length = Math.Sqrt(length);
        var vector = new (int, float)[length == 0 ? 0 : kept];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (weighted[i].Slot, (float)(weighted[i].Weight / length));
        }

        return vector;
    }

    /// <summary>Gives the slots that some paper kept consecutive numbers, in order of first use.</summary>
    private static TermVectors Number((int Slot, float Weight)[][] strongest)
    {
        var numbers = new Dictionary<int, int>();
        var vectors = new WeightedTerm[strongest.Length][];
        for (var i = 0; i < strongest.Length; i++)
        {
            var vector = new WeightedTerm[strongest[i].Length];
            for (var j = 0; j < vector.Length; j++)
            {
                var (slot, weight) = strongest[i][j];
                if (!numbers.TryGetValue(slot, out var number))
                {
                    number = numbers.Count;
                    numbers[slot] = number;
                }

                vector[j] = new WeightedTerm(number, weight);
            }

            vectors[i] = vector;
        }

        return new TermVectors(vectors, numbers.Count);
    }

    /// <summary>A power of two about 64 times the number of papers: sparse enough that few terms share a slot.</summary>
    private static int SlotCount(int paperCount) =>
        (int)Math.Min(1 << 24, Math.Max(1 << 20, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)paperCount * 64)));

    /// <summary>FNV-1a: stable across runs and machines, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
