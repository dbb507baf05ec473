using PaperArchive.Search;

namespace PaperArchive.Tests.Search;

public sealed class BinaryPostingsTests
{
    [Fact]
    public void A_sparse_long_list_round_trips_with_its_codes()
    {
        List<Posting> postings = [new(0, 1), new(3, 5), new(40, 3), new(70_000, 4), new(99_999, 7)];
        var encoded = BinaryPostings.Encode(postings, 100_000);
        Assert.Equal(BinaryPostings.Sparse, encoded[0]);
        Assert.Equal(postings, BinaryPostings.Decode(encoded, 100_000));
    }

    [Fact]
    public void A_word_in_half_the_papers_costs_one_bit_a_paper_and_keeps_its_first_title_papers()
    {
        var postings = Enumerable.Range(0, 10_000).Where(d => d % 2 == 0 || d % 7 == 0)
            .Select(d => new Posting(d, (byte)(d % 10 == 0 ? Posting.InTitle | 1 : 1))).ToList();
        var encoded = BinaryPostings.Encode(postings, 10_000);
        Assert.Equal(BinaryPostings.Bitmap, encoded[0]);

        // 1,250 bytes of bitmap and the gaps of the title papers, where the JSON bitmap needs 1,667 characters.
        Assert.True(encoded.Length < 1_250 + 1_100, $"{encoded.Length} bytes");
        Assert.True(encoded.Length < PostingCodec.Encode(postings, 10_000).Length, "binary should be shorter than text");
        Assert.Equal(postings, BinaryPostings.Decode(encoded, 10_000));
    }

    [Fact]
    public void A_bitmap_keeps_title_flags_of_its_first_title_papers_only()
    {
        var postings = Enumerable.Range(0, 5_000).Select(d => new Posting(d, (byte)(Posting.InTitle | 1))).ToList();
        var decoded = BinaryPostings.Decode(BinaryPostings.Encode(postings, 5_000), 5_000);
        Assert.Equal(5_000, decoded.Count);
        Assert.Equal(PostingCodec.DenseTitleLimit, decoded.Count(p => (p.Code & Posting.InTitle) != 0));
        Assert.True((decoded[0].Code & Posting.InTitle) != 0);
    }

    [Fact]
    public void A_segment_size_that_is_not_a_multiple_of_eight_reads_no_document_past_its_end()
    {
        List<Posting> postings = [.. Enumerable.Range(0, 13).Select(d => new Posting(d, 1))];
        Assert.Equal(postings, BinaryPostings.Decode(BinaryPostings.Encode(postings, 13), 13));
    }
}
