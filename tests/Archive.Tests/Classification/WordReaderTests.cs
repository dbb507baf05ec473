using PaperArchive.Classification;

namespace PaperArchive.Tests.Classification;

public sealed class WordReaderTests
{
    private static List<(string Word, bool Joined)> Read(string text, int buffer = 64)
    {
        var words = new List<(string, bool)>();
        var reader = new WordReader(text, new char[buffer]);
        while (reader.Next(out var word, out var joined))
        {
            words.Add((word.ToString(), joined));
        }

        return words;
    }

    [Theory]
    [InlineData("Mélange of GPT-4o, URLs and ﬁne Straße", "melange of gpt 4o urls and fine strasse")]
    [InlineData("Cafe\u0301 noir", "cafe noir")]
    [InlineData("  ...  ", "")]
    [InlineData("α-decay in Ωmega", "decay in mega")]
    public void Words_are_runs_of_ascii_letters_and_digits_folded_to_lower_case(string text, string words)
    {
        Assert.Equal(words, string.Join(' ', Read(text).Select(w => w.Word)));
    }

    [Theory]
    [InlineData("human  feedback", true)]
    [InlineData("human-feedback", true)]
    [InlineData("human \u2013 feedback", true)]
    [InlineData("human\u00A0feedback", true)]
    [InlineData("human, feedback", false)]
    [InlineData("human (feedback)", false)]
    [InlineData("human \u00D7 feedback", false)]
    [InlineData("human.\nfeedback", false)]
    public void A_word_is_joined_to_the_one_before_only_across_white_space_and_dashes(string text, bool joined)
    {
        Assert.Equal([("human", false), ("feedback", joined)], Read(text));
    }

    [Fact]
    public void A_word_longer_than_the_buffer_is_read_whole()
    {
        var longWord = new string('x', 300);

        Assert.Equal([("a", false), (longWord, true), ("b", true)], Read($"a {longWord.ToUpperInvariant()} b", buffer: 4));
    }

    [Fact]
    public void The_first_word_of_a_text_is_never_joined()
    {
        Assert.Equal([("agents", false)], Read(" - agents"));
    }
}
