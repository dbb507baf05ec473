namespace PaperArchive.Classification;

/// <summary>
/// Numbers the distinct words of an archive as papers are read, on any number of threads. A word already seen
/// (nearly every word of a paper) is found from its span without making a string; only a new word is copied.
/// </summary>
/// <remarks>
/// An open-addressing table rather than a <c>ConcurrentDictionary</c>: a look-up per word read (two million at
/// 10,000 papers) was a third of the cost of reading. Readers take no lock. A new word is added under a lock, as
/// an immutable entry written into an empty slot in one store, so a reader sees it whole or not at all; when the
/// table grows, the entries move to a new array that replaces the old one, which is never written again. A reader
/// that misses, perhaps on an old array, looks again under the lock before adding.
/// </remarks>
internal sealed class WordTable
{
    private readonly List<string> _words = [];
    private readonly Lock _adding = new();
    private Entry?[] _entries = new Entry?[1024];

    /// <summary>The words by number. Read it only once every text is read: a thread adding a word may grow it.</summary>
    public IReadOnlyList<string> Words => _words;

    public int NumberOf(ReadOnlySpan<char> word)
    {
        var hash = string.GetHashCode(word);
        var number = Find(Volatile.Read(ref _entries), word, hash);
        return number >= 0 ? number : Add(word, hash);
    }

    private int Add(ReadOnlySpan<char> word, int hash)
    {
        lock (_adding)
        {
            var entries = _entries;
            var number = Find(entries, word, hash);
            if (number >= 0)
            {
                return number;
            }

            // At most half full, so that a search soon meets an empty slot.
            if ((_words.Count + 1) * 2 > entries.Length)
            {
                entries = Grown(entries);
                Volatile.Write(ref _entries, entries);
            }

            var entry = new Entry(word.ToString(), _words.Count, hash);
            _words.Add(entry.Word);
            Volatile.Write(ref entries[EmptySlot(entries, hash)], entry);
            return entry.Number;
        }
    }

    private static int Find(Entry?[] entries, ReadOnlySpan<char> word, int hash)
    {
        var mask = entries.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = Volatile.Read(ref entries[i]);
            if (entry is null)
            {
                return -1;
            }

            if (entry.Hash == hash && word.SequenceEqual(entry.Word))
            {
                return entry.Number;
            }
        }
    }

    private static int EmptySlot(Entry?[] entries, int hash)
    {
        var mask = entries.Length - 1;
        var i = hash & mask;
        while (entries[i] is not null)
        {
            i = (i + 1) & mask;
        }

        return i;
    }

    private static Entry?[] Grown(Entry?[] entries)
    {
        var grown = new Entry?[entries.Length * 2];
        foreach (var entry in entries)
        {
            if (entry is not null)
            {
                grown[EmptySlot(grown, entry.Hash)] = entry;
            }
        }

        return grown;
    }

    private sealed record Entry(string Word, int Number, int Hash);
}
