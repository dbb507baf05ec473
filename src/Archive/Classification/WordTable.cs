using System.Collections.Concurrent;

namespace PaperArchive.Classification;

/// <summary>
/// Numbers the distinct words of an archive as papers are read, on any number of threads. A word already seen
/// (nearly every word of a paper) is found from its span without making a string; only a new word is copied.
/// </summary>
internal sealed class WordTable
{
    private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _words = [];
    private readonly Lock _adding = new();

    public WordTable() => _bySpan = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words by number. Read it only once every text is read: a thread adding a word may grow it.</summary>
    public IReadOnlyList<string> Words => _words;

    public int NumberOf(ReadOnlySpan<char> word)
    {
        if (_bySpan.TryGetValue(word, out var number))
        {
            return number;
        }

        // Numbers are handed out under a lock so that they stay dense (they index arrays); this is taken once per
        // distinct word, not once per word read.
        lock (_adding)
        {
            if (!_bySpan.TryGetValue(word, out number))
            {
                var text = word.ToString();
                number = _words.Count;
                _words.Add(text);
                _numbers[text] = number;
            }

            return number;
        }
    }
}
