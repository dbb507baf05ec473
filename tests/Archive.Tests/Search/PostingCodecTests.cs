using PaperArchive.Search;

namespace PaperArchive.Tests.Search;

public sealed class PostingCodecTests
{
    [Fact]
    public void A_sparse_list_round_trips_with_its_codes()
    {
        List<Posting> postings = [new(0, 1), new(3, 5), new(40, 3), new(70_000, 4)];
        var encoded = PostingCodec.Encode(postings, 100_000);
        Assert.DoesNotContain("!", encoded);
        Assert.Equal(postings, PostingCodec.Decode(encoded, 100_000));
    }

    [Fact]
    public void A_list_of_most_documents_becomes_a_bitmap_no_longer_than_a_third_of_the_count()
    {
        var postings = Enumerable.Range(0, 10_000).Where(d => d % 3 != 0).Select(d => new Posting(d, (byte)(d % 10 == 0 ? 5 : 1))).ToList();
        var encoded = PostingCodec.Encode(postings, 10_000);
        Assert.StartsWith("!", encoded);
        Assert.True(encoded.Length < 10_000 / 3, $"{encoded.Length} characters");
        Assert.Equal(postings, PostingCodec.Decode(encoded, 10_000));
    }

    [Fact]
    public void Encoded_lists_use_only_json_safe_characters()
    {
        var postings = Enumerable.Range(0, 500).Select(d => new Posting(d * 7, (byte)(d % 8 == 0 ? 1 : d % 8))).ToList();
        Assert.All(PostingCodec.Encode(postings, 4000), c => Assert.Contains(c, PostingCodec.Alphabet + "!"));
    }
}
