using System.Text;
using PaperArchive.Text;

namespace PaperArchive.Cli.Bench;

/// <summary>Makes titles of about ten words, a third of them with a "Name: ..." lead, never two with the same
/// <see cref="TitleKey"/>, so that every planned paper stays one paper in the catalog.</summary>
internal sealed class SyntheticTitles(BenchVocabulary vocabulary)
{
    private const int MaxLength = 200;

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public string Next(Random random)
    {
        while (true)
        {
            var title = Make(random);
            if (_keys.Add(TitleKey.Of(title)))
            {
                return title;
            }
        }
    }

    private string Make(Random random)
    {
        var words = vocabulary.TitleWords;
        var count = 6 + random.Next(0, 5) + random.Next(0, 5);
        var colonAfter = random.NextDouble() < 0.35 ? 1 + random.Next(0, 3) : -1;
        var title = new StringBuilder();
        for (var i = 0; i < count && title.Length < MaxLength; i++)
        {
            if (i > 0)
            {
                title.Append(i == colonAfter && i < count - 1 ? ": " : " ");
            }

            title.Append(words[random.Next(words.Count)]);
        }

        // A title must not read as a sentence: the parser tells titles from abstracts by the closing full stop.
        if (char.IsLower(title[0]))
        {
            title[0] = char.ToUpperInvariant(title[0]);
        }

        return title.ToString();
    }
}
