using System.Text;

namespace PaperArchive.Search;

/// <summary>One document a term occurs in, with how: <see cref="Code"/> bit 2 = in the title, bits 0-1 = occurrences
/// in the abstract (capped at 3).</summary>
internal readonly record struct Posting
{
    public const byte InTitle = 4;

    // The document and its 3-bit code in one int: a 100,000-paper index holds some 30 million postings while it is
    // built, so 4 bytes a posting instead of 8 (an int and a padded byte) is a few hundred MB less at the peak.
    private readonly int _packed;

    public Posting(int doc, byte code) => _packed = (doc << 3) | (code & 7);

    public int Doc => _packed >>> 3;

    public byte Code => (byte)(_packed & 7);

    public static byte CodeFor(bool inTitle, int abstractCount) => (byte)((inTitle ? InTitle : 0) | Math.Min(abstractCount, 3));
}

/// <summary>
/// Encodes posting lists as JSON-safe strings over a 64-character alphabet. Sparse lists are delta-coded
/// varints ((gap-1)*8 + code, 5 bits a character, the sixth bit says "more follows"); when a term is in so many
/// documents that a bitmap is shorter, the list becomes <c>!bitmap!titles</c> (6 documents a character, then the
/// delta-coded title documents), so no list is ever longer than about N/3 characters.
/// </summary>
internal static class PostingCodec
{
    /// <summary>A bitmap list keeps the title flag of its first (lowest-numbered) papers only: enough to rank the first
    /// pages of a one-word query, and the list stays near N/6 characters.</summary>
    public const int DenseTitleLimit = 1024;

    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    public static string Encode(IReadOnlyList<Posting> postings, int documentCount)
    {
        var sparse = new StringBuilder();
        var previous = -1;
        foreach (var posting in postings)
        {
            AppendVarint(sparse, ((long)(posting.Doc - previous - 1) * 8) + posting.Code);
            previous = posting.Doc;
        }

        var bitmapLength = (documentCount + 5) / 6;
        if (sparse.Length <= bitmapLength + 2)
        {
            return sparse.ToString();
        }

        var bits = new int[bitmapLength];
        var titles = new StringBuilder();
        var titleCount = 0;
        previous = -1;
        foreach (var posting in postings)
        {
            bits[posting.Doc / 6] |= 1 << (posting.Doc % 6);
            if ((posting.Code & Posting.InTitle) != 0 && titleCount++ < DenseTitleLimit)
            {
                AppendVarint(titles, posting.Doc - previous - 1);
                previous = posting.Doc;
            }
        }

        var dense = new StringBuilder(bitmapLength + titles.Length + 2).Append('!');
        foreach (var b in bits)
        {
            dense.Append(Alphabet[b]);
        }

        return dense.Append('!').Append(titles).ToString();
    }

    /// <summary>Decodes what <see cref="Encode"/> wrote. Documents of a bitmap list count one abstract occurrence.</summary>
    public static List<Posting> Decode(string encoded, int documentCount)
    {
        var postings = new List<Posting>();
        if (encoded.StartsWith('!'))
        {
            var end = encoded.IndexOf('!', 1);
            var titles = new HashSet<int>();
            var doc = -1;
            var position = end + 1;
            while (position < encoded.Length)
            {
                doc += (int)ReadVarint(encoded, ref position) + 1;
                titles.Add(doc);
            }

            for (var i = 1; i < end; i++)
            {
                var b = Alphabet.IndexOf(encoded[i]);
                for (var bit = 0; bit < 6; bit++)
                {
                    var d = ((i - 1) * 6) + bit;
                    if ((b & (1 << bit)) != 0 && d < documentCount)
                    {
                        postings.Add(new Posting(d, (byte)(titles.Contains(d) ? Posting.InTitle | 1 : 1)));
                    }
                }
            }

            return postings;
        }

        var index = 0;
        var previous = -1;
        while (index < encoded.Length)
        {
            var value = ReadVarint(encoded, ref index);
            previous += (int)(value / 8) + 1;
            postings.Add(new Posting(previous, (byte)(value % 8)));
        }

        return postings;
    }

    internal static void AppendVarint(StringBuilder builder, long value)
    {
        do
        {
            var group = (int)(value & 31);
            value >>= 5;
            builder.Append(Alphabet[value > 0 ? group | 32 : group]);
        }
        while (value > 0);
    }

    internal static long ReadVarint(string text, ref int position)
    {
        long value = 0;
        var shift = 0;
        while (true)
        {
            var c = Alphabet.IndexOf(text[position++]);
            value |= (long)(c & 31) << shift;
            shift += 5;
            if ((c & 32) == 0)
            {
                return value;
            }
        }
    }
}
