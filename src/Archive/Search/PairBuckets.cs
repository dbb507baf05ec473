using System.Globalization;
using PaperArchive.Text;

namespace PaperArchive.Search;

/// <summary>
/// Phrase support at a fixed cost: every pair of adjacent terms is hashed (<see cref="Fnv1a"/> over "first second") into one of
/// <see cref="Count"/> buckets, and a bucket lists the papers holding any pair that hashes to it. A paper has
/// about 150 pairs, so a bucket wrongly claims a paper about once in a hundred; the words of the phrase must match
/// as well, and the client checks the text of the results it shows. The index grows with the number of papers,
/// not with the number of distinct pairs (which would dwarf the word index).
/// </summary>
internal static class PairBuckets
{
    public const int Count = 16384;

    public static int Of(string first, string second) => Of(Lead(first), second);

    /// <summary>The hash of "first " (the first term and the space), which every pair the term begins starts from.</summary>
    public static uint Lead(ReadOnlySpan<char> first) => Fnv1a.Append(Fnv1a.Append(Fnv1a.Seed, first), ' ');

    /// <summary>The bucket of the pair whose <see cref="Lead"/> is <paramref name="lead"/>.</summary>
    public static int Of(uint lead, ReadOnlySpan<char> second) => (int)(Fnv1a.Append(lead, second) % Count);

    /// <summary>The bucket's name in the pair shards: fixed width, so ordinal order is numeric order.</summary>
    public static string Name(int bucket) => bucket.ToString("x4", CultureInfo.InvariantCulture);
}
