using System.Text;

namespace PaperArchive.Cli.Bench;

/// <summary>Abstracts of 150–250 words in sentences of 12–30 words, made again from the same seed every time.</summary>
internal static class SyntheticText
{
    public static string Abstract(BenchVocabulary vocabulary, int seed)
    {
        var random = new Random(seed);
        var words = vocabulary.AbstractWords;
        var target = 150 + random.Next(0, 101);
        var text = new StringBuilder(target * 8);
        var written = 0;
        while (written < target)
        {
            var sentence = Math.Min(12 + random.Next(0, 19), Math.Max(1, target - written));
            for (var i = 0; i < sentence; i++)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                var word = words[random.Next(words.Count)];
                text.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            }

            text.Append('.');
            written += sentence;
        }

        return text.ToString();
    }
}
