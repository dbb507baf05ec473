namespace PaperArchive.Search;

/// <summary>
/// Encodes a long posting list as raw bytes for a file of its own (<c>s&lt;i&gt;/x/&lt;n&gt;.bin</c>, fetched as an
/// ArrayBuffer): byte 0 says the kind. Kind 0 is a sparse list of LEB128 varints ((gap-1)*8 + code, 7 bits a byte
/// instead of 5 a character); kind 1 is a bitmap of ceil(n/8) bytes (document <c>d</c> is bit <c>d % 8</c> of byte
/// <c>d / 8</c>) followed by the varint gaps of its first <see cref="PostingCodec.DenseTitleLimit"/> title documents.
/// A word in half the papers cannot be coded in less than a bit a paper, so a byte holding 8 papers (where a JSON
/// character holds 6) is the real saving on the largest lists.
/// </summary>
internal static class BinaryPostings
{
    public const byte Sparse = 0;
    public const byte Bitmap = 1;

    public static byte[] Encode(IReadOnlyList<Posting> postings, int documentCount)
    {
        var sparse = new List<byte> { Sparse };
        var previous = -1;
        foreach (var posting in postings)
        {
            AppendVarint(sparse, ((long)(posting.Doc - previous - 1) * 8) + posting.Code);
            previous = posting.Doc;
        }

        var bitmapLength = (documentCount + 7) / 8;
        if (sparse.Count <= bitmapLength + 1)
        {
            return [.. sparse];
        }

        var dense = new byte[1 + bitmapLength];
        dense[0] = Bitmap;
        var titles = new List<byte>();
        var titleCount = 0;
        previous = -1;
        foreach (var posting in postings)
        {
            dense[1 + (posting.Doc / 8)] |= (byte)(1 << (posting.Doc % 8));
            if ((posting.Code & Posting.InTitle) != 0 && titleCount++ < PostingCodec.DenseTitleLimit)
            {
                AppendVarint(titles, posting.Doc - previous - 1);
                previous = posting.Doc;
            }
        }

        return [.. dense, .. titles];
    }

    /// <summary>Decodes what <see cref="Encode"/> wrote. Documents of a bitmap count one abstract occurrence.</summary>
    public static List<Posting> Decode(ReadOnlySpan<byte> encoded, int documentCount)
    {
        var postings = new List<Posting>();
        var position = 1;
        var doc = -1;
        if (encoded[0] == Bitmap)
        {
            var end = 1 + ((documentCount + 7) / 8);
            var titles = new HashSet<int>();
            for (position = end; position < encoded.Length;)
            {
                doc += (int)ReadVarint(encoded, ref position) + 1;
                titles.Add(doc);
            }

            for (var d = 0; d < documentCount; d++)
            {
                if ((encoded[1 + (d / 8)] & (1 << (d % 8))) != 0)
                {
                    postings.Add(new Posting(d, (byte)(titles.Contains(d) ? Posting.InTitle | 1 : 1)));
                }
            }

            return postings;
        }

        while (position < encoded.Length)
        {
            var value = ReadVarint(encoded, ref position);
            doc += (int)(value / 8) + 1;
            postings.Add(new Posting(doc, (byte)(value % 8)));
        }

        return postings;
    }

    private static void AppendVarint(List<byte> bytes, long value)
    {
        do
        {
            var group = (byte)(value & 127);
            value >>= 7;
            bytes.Add(value > 0 ? (byte)(group | 128) : group);
        }
        while (value > 0);
    }

    private static long ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        long value = 0;
        var shift = 0;
        while (true)
        {
            var b = bytes[position++];
            value |= (long)(b & 127) << shift;
            shift += 7;
            if ((b & 128) == 0)
            {
                return value;
            }
        }
    }
}
