using PaperArchive.Catalog;

namespace PaperArchive.Classification;

/// <summary>One paper's title and abstract as word numbers, title first.</summary>
internal readonly record struct PaperText(Token[] Tokens, int TitleLength)
{
    public ReadOnlySpan<Token> Title => Tokens.AsSpan(0, TitleLength);

    public ReadOnlySpan<Token> Abstract => Tokens.AsSpan(TitleLength);
}

/// <summary>
/// Every paper's title and abstract read once (<see cref="WordReader"/>) into numbered words. Theme matching reads
/// them and hands them on with its result, and related papers take them from there: both read the same texts, and
/// reading is most of what they cost.
/// </summary>
public sealed class PaperWords
{
    private PaperWords(IReadOnlyList<string> words, PaperText[] texts)
    {
        Words = words;
        Texts = texts;
    }

    /// <summary>The distinct words, by number.</summary>
    internal IReadOnlyList<string> Words { get; }

    /// <summary>Per paper, in the order of the papers read.</summary>
    internal PaperText[] Texts { get; }

    /// <summary>How many papers were read.</summary>
    public int PaperCount => Texts.Length;

    public static PaperWords Read(IReadOnlyList<Paper> papers)
    {
        var table = new WordTable();
        var texts = new PaperText[papers.Count];
        Parallel.For(0, papers.Count, () => new Reading(), (i, _, reading) =>
        {
            var titleLength = reading.Add(papers[i].Title, table);
            reading.Add(papers[i].Abstract ?? string.Empty, table);
            texts[i] = new PaperText(reading.Take(), titleLength);
            return reading;
        }, _ => { });

        return new PaperWords(table.Words, texts);
    }

    /// <summary>One thread's buffers, reused from paper to paper: only each paper's final token array is new.</summary>
    private sealed class Reading
    {
        private char[] _word = new char[64];
        private Token[] _tokens = new Token[512];
        private int _count;

        /// <summary>Reads a text's words onto the tokens so far; returns how many tokens there are now.</summary>
        public int Add(string text, WordTable table)
        {
            var reader = new WordReader(text, _word);
            while (reader.Next(out var word, out var joined))
            {
                if (_count == _tokens.Length)
                {
                    Array.Resize(ref _tokens, _tokens.Length * 2);
                }

                _tokens[_count++] = new Token(table.NumberOf(word), joined);
            }

            _word = reader.Buffer;
            return _count;
        }

        public Token[] Take()
        {
            var tokens = _tokens.AsSpan(0, _count).ToArray();
            _count = 0;
            return tokens;
        }
    }
}
