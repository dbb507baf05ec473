namespace PaperArchive.Text;

/// <summary>
/// The 32-bit FNV-1a hash over a string's UTF-16 code units: fast, and the same on every run and machine, unlike
/// <see cref="string.GetHashCode()"/>. Related papers number their terms with it, and the search index puts phrase
/// pairs in buckets with it (<c>theme/assets/js/search/query.js</c> computes the same, so a change is a change of the
/// index format).
/// </summary>
internal static class Fnv1a
{
    public const uint Seed = 2166136261;

    private const uint Prime = 16777619;

    public static uint Hash(string text) => Append(Seed, text);

    /// <summary>Goes on hashing from <paramref name="hash"/>, as if <paramref name="text"/> followed what it hashed.</summary>
    public static uint Append(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = Append(hash, c);
        }

        return hash;
    }

    /// <inheritdoc cref="Append(uint, string)"/>
    public static uint Append(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Append(hash, c);
        }

        return hash;
    }

    public static uint Append(uint hash, char c) => unchecked((hash ^ c) * Prime);
}
