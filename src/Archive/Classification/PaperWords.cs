using System.Runtime.CompilerServices;
using PaperArchive.Catalog;

namespace PaperArchive.Classification;

/// <summary>One paper's title and abstract as word numbers, title first.</summary>
internal readonly record struct PaperText(Token[] Tokens, int TitleLength)
{
    public ReadOnlySpan<Token> Title => Tokens.AsSpan(0, TitleLength);

    public ReadOnlySpan<Token> Abstract => Tokens.AsSpan(TitleLength);
}

/// <summary>
/// Every paper's title and abstract read once (<see cref="WordReader"/>) into numbered words, shared by theme
/// matching and related papers: both read the same texts, and reading is most of what they cost.
/// </summary>
internal sealed class PaperWords
{
    // The words read for a classified catalog, until related papers take them. Keyed weakly by the catalog, so a
    // catalog nobody holds any more lets go of its words.
    private static readonly ConditionalWeakTable<PaperCatalog, PaperWords> Remembered = [];

    private readonly IReadOnlyList<Paper> _papers;

    private PaperWords(IReadOnlyList<Paper> papers, IReadOnlyList<string> words, PaperText[] texts)
    {
        _papers = papers;
        Words = words;
        Texts = texts;
    }

    /// <summary>The distinct words, by number.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Per paper, in the order of the papers read.</summary>
    public PaperText[] Texts { get; }

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

        return new PaperWords(papers, table.Words, texts);
    }

    /// <summary>Keeps the words read for the classified <paramref name="catalog"/> (new paper records, the same
    /// texts), so that related papers, handed that catalog, need not read them again.</summary>
    public static void Remember(PaperCatalog catalog, PaperWords words) => Remembered.AddOrUpdate(catalog, words);

    /// <summary>The words remembered for this catalog when every paper's title and abstract are the very strings
    /// that were read, else the papers read afresh. Either way the same words: this only saves the reading.</summary>
    public static PaperWords Take(PaperCatalog catalog)
    {
        if (Remembered.TryGetValue(catalog, out var words))
        {
            Remembered.Remove(catalog);
            if (words.WereReadFrom(catalog.Papers))
            {
                return words;
            }
        }

        return Read(catalog.Papers);
    }

    private bool WereReadFrom(IReadOnlyList<Paper> papers)
    {
        if (papers.Count != _papers.Count)
        {
            return false;
        }

        for (var i = 0; i < papers.Count; i++)
        {
            if (!ReferenceEquals(papers[i].Title, _papers[i].Title) || !ReferenceEquals(papers[i].Abstract, _papers[i].Abstract))
            {
                return false;
            }
        }

        return true;
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
