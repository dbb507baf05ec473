using PaperArchive.Text;

namespace PaperArchive.Classification;

/// <summary>
/// The term each distinct word counts as (<see cref="TermNormalizer"/>), numbered densely so that a paper's terms
/// are counted in arrays, found once per distinct word rather than once per word read.
/// </summary>
/// <remarks>
/// A term is identified by a hash of its text in a table far larger than the vocabulary (its <see cref="Slots"/>),
/// not by the text: at 100,000 papers a shared dictionary of a quarter of a million terms cost more than all the
/// rest. Two rare terms may share a slot; that merges their document frequencies and nothing else of note. Equal
/// weights are ordered by slot, so the slot, not the number, decides which terms a paper keeps.
/// </remarks>
internal sealed class TermNumbers
{
    private TermNumbers(int[] ofWord, int[] slots)
    {
        OfWord = ofWord;
        Slots = slots;
    }

    /// <summary>Per word number: its term's number, or -1 when the word says nothing about a paper's subject.</summary>
    public int[] OfWord { get; }

    /// <summary>Per term number: its slot.</summary>
    public int[] Slots { get; }

    public int Count => Slots.Length;

    public static TermNumbers Of(IReadOnlyList<string> words, int paperCount)
    {
        var mask = (uint)SlotCount(paperCount) - 1;
        var slotOfWord = new int[words.Count];
        Parallel.For(0, words.Count, w =>
            slotOfWord[w] = TermNormalizer.Normalize(words[w]) is { } term ? (int)(Fnv1a.Hash(term) & mask) : -1);

        var numbers = new Dictionary<int, int>();
        var slots = new List<int>();
        var ofWord = new int[words.Count];
        for (var w = 0; w < ofWord.Length; w++)
        {
            var slot = slotOfWord[w];
            if (slot < 0)
            {
                ofWord[w] = -1;
            }
            else if (!numbers.TryGetValue(slot, out ofWord[w]))
            {
                ofWord[w] = numbers[slot] = slots.Count;
                slots.Add(slot);
            }
        }

        return new TermNumbers(ofWord, slots.ToArray());
    }

    /// <summary>A power of two about 64 times the number of papers: sparse enough that few terms share a slot.</summary>
    private static int SlotCount(int paperCount) =>
        (int)Math.Min(1 << 24, Math.Max(1 << 20, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)paperCount * 64)));
}
