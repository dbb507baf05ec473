namespace PaperArchive.Search;

/// <summary>
/// A term's posting list as the index stores it, in one of two encodings: inline in its shard as text
/// (<see cref="PostingCodec"/>, 5 bits a character) while that is at most <see cref="SearchIndexLayout.InlineLimit"/>
/// characters, else as bytes in a file of its own (<see cref="BinaryPostings"/>, 7 bits a byte), fetched only when its
/// term is searched. The index writer encodes through this type and the client (<see cref="Client.IndexReplay"/>)
/// decodes through it.
/// </summary>
internal static class PostingLists
{
    /// <summary>The list inline when it is short enough, else as the bytes of its own file.</summary>
    public static EncodedPostings Encode(IReadOnlyList<Posting> postings, int documentCount)
    {
        var inline = PostingCodec.Encode(postings, documentCount);
        return inline.Length <= SearchIndexLayout.InlineLimit
            ? new EncodedPostings(inline, null)
            : new EncodedPostings(null, BinaryPostings.Encode(postings, documentCount));
    }

    /// <summary>A list a shard holds inline.</summary>
    public static List<Posting> Decode(string inline, int documentCount) => PostingCodec.Decode(inline, documentCount);

    /// <summary>A list kept in a file of its own.</summary>
    public static List<Posting> Decode(ReadOnlySpan<byte> file, int documentCount) => BinaryPostings.Decode(file, documentCount);
}

/// <summary>One encoded posting list: exactly one of <see cref="Inline"/> and <see cref="File"/> is set.</summary>
internal readonly record struct EncodedPostings(string? Inline, byte[]? File);
