using PaperArchive.Classification;

namespace PaperArchive.Tests.Classification;

public sealed class WordTableTests
{
    [Fact]
    public void Threads_reading_the_same_words_get_one_dense_number_per_distinct_word()
    {
        var table = new WordTable();
        var words = Enumerable.Range(0, 200_000).Select(i => $"w{i % 5_000}").ToArray();
        var numbers = new int[words.Length];

        Parallel.For(0, words.Length, i => numbers[i] = table.NumberOf(words[i].AsSpan()));

        Assert.Equal(5_000, table.Words.Count);
        Assert.Equal(Enumerable.Range(0, 5_000), table.Words.Select(w => table.NumberOf(w)));
        Assert.All(Enumerable.Range(0, words.Length), i => Assert.Equal(words[i], table.Words[numbers[i]]));
    }
}
