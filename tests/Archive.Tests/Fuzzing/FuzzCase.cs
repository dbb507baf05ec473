namespace PaperArchive.Tests.Fuzzing;

/// <summary>
/// One seeded fuzz case: a real excerpt (header + a few consecutive entries), then mutations: swapped entries,
/// dropped, repeated and truncated lines, inserted blank lines, CRLF or CR line endings, flipped bytes and a cut
/// end of file. <see cref="Original"/> is the excerpt before any mutation, <see cref="Bytes"/> what the parser gets.
/// </summary>
internal sealed record FuzzCase(int Index, string Original, byte[] Bytes, IReadOnlyList<string> Mutations)
{
    public static FuzzCase Create(int seed, int index)
    {
        var random = new Random(unchecked((seed * 7919) + index)); // HashCode is salted per process: not reproducible.
        var corpus = FuzzCorpus.Shipped[random.Next(FuzzCorpus.Shipped.Count)];
        var count = random.Next(2, 9);
        var first = random.Next(0, Math.Max(1, corpus.Entries.Count - count));
        var entries = corpus.Entries.Skip(first).Take(count).Select(e => e.ToList()).ToList();
        var original = string.Join('\n', corpus.Header.Concat(entries.SelectMany(e => e)));
        var mutations = new List<string>();

        if (entries.Count > 1 && random.Next(4) == 0)
        {
            var (a, b) = (random.Next(entries.Count), random.Next(entries.Count));
            (entries[a], entries[b]) = (entries[b], entries[a]);
            mutations.Add($"swap entries {a} and {b}");
        }

        var lines = corpus.Header.Concat(entries.SelectMany(e => e)).ToList();
        var bytes = TextMutator.Mutate(random, lines, mutations);
        return new FuzzCase(index, original, bytes, mutations);
    }
}
