namespace PaperArchive.Classification;

/// <summary>
/// A small bit set of the hashes of every rule's first word (for a prefix rule: of the prefix). Most words of a
/// paper start no rule; this filter, small enough to stay in the processor's cache, turns them away without a
/// dictionary look-up. It may let a word through that starts no rule, never the other way round.
/// </summary>
internal sealed class FirstWordFilter
{
    private const int Bits = 1 << 16;
    private readonly ulong[] _bits = new ulong[Bits / 64];
    private readonly bool[] _isPrefixLength;

    public FirstWordFilter(IEnumerable<RuleWord> firstWords)
    {
        var words = firstWords.ToList();
        var prefixLengths = words.Where(w => w.IsPrefix).Select(w => w.Text.Length).ToList();
        _isPrefixLength = new bool[(prefixLengths.Count == 0 ? 0 : prefixLengths.Max()) + 1];
        foreach (var length in prefixLengths)
        {
            _isPrefixLength[length] = true;
        }

        foreach (var word in words)
        {
            var hash = 2166136261u;
            foreach (var c in word.Text)
            {
                hash = Step(hash, c);
            }

            _bits[(hash % Bits) / 64] |= 1UL << (int)(hash % 64);
        }
    }

    /// <summary>False when no rule can start with <paramref name="word"/>: neither the whole word nor any of its
    /// prefixes of a prefix rule's length is among the hashed first words.</summary>
    public bool MayStartRule(string word)
    {
        var hash = 2166136261u;
        for (var i = 0; i < word.Length; i++)
        {
            hash = Step(hash, word[i]);
            var length = i + 1;
            if ((length == word.Length || (length < _isPrefixLength.Length && _isPrefixLength[length]))
                && (_bits[(hash % Bits) / 64] & (1UL << (int)(hash % 64))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One step of FNV-1a, computed as the word is read so every prefix's hash comes for free.</summary>
    private static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;
}
