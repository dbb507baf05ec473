using PaperArchive.Search;

namespace PaperArchive.Tests.Search;

public sealed class PostingListsTests
{
    [Fact]
    public void A_short_list_stays_inline_in_its_shard_and_decodes_to_its_postings()
    {
        List<Posting> postings = [new(2, 1), new(9, 4), new(300, 5)];

        var encoded = PostingLists.Encode(postings, 1_000);

        Assert.Null(encoded.File);
        Assert.Equal(postings, PostingLists.Decode(encoded.Inline!, 1_000));
    }

    [Fact]
    public void A_list_longer_than_the_inline_limit_gets_a_file_of_its_own_that_decodes_to_the_same_postings()
    {
        // Sparse enough that no bitmap is shorter, and long enough to be well over the inline limit as text.
        var postings = Enumerable.Range(0, 2_000).Select(i => new Posting(i * 40, (byte)(i % 5))).ToList();

        var encoded = PostingLists.Encode(postings, 100_000);

        Assert.Null(encoded.Inline);
        Assert.True(PostingCodec.Encode(postings, 100_000).Length > SearchIndexLayout.InlineLimit);
        Assert.Equal(postings, PostingLists.Decode(encoded.File, 100_000));
    }
}
