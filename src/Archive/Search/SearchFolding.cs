using System.Globalization;
using PaperArchive.Text;

namespace PaperArchive.Search;

/// <summary>
/// Folds text to lower-case ASCII words: "Mélange" gives "melange". Letters with diacritics fold through
/// <see cref="Table"/>, combining marks vanish, anything else separates words. It does not use Unicode
/// normalisation because the build runs with invariant globalisation, where <c>string.Normalize</c> leaves "é"
/// as it is; a table also lets the search page fold exactly the same way (the build writes it into the index manifest).
/// </summary>
internal static class SearchFolding
{
    /// <summary>The code point of the table's first entry (À).</summary>
    public const int TableStart = 0xC0;

    /// <summary>How many code points from <see cref="TableStart"/> fold (to U+024F).</summary>
    public const int TableLength = 0x250 - TableStart;

    /// <summary>ASCII folds of U+00C0 to U+024F, space-separated, "-" for a character that separates words (× and ÷,
    /// for example): <see cref="LatinFolding"/>'s table, the one the classifier uses, so search and themes fold alike.
    /// The index manifest carries it for the search page; a browser test checks that the page folds every one of these
    /// characters the same way.</summary>
    public static readonly string Table = string.Join(' ', Enumerable.Range(TableStart, TableLength)
        .Select(c => LatinFolding.Fold((char)c)).Select(f => f.Length > 0 && f.All(char.IsAsciiLetter) ? f : "-"));

    private static readonly string[] Folds = Table.Split(' ');

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var reader = new WordReader(text);
        while (reader.Next(out var word))
        {
            words.Add(new string(word));
        }

        return words;
    }

    /// <summary>The folded words of a text one at a time, each in a buffer the next one overwrites, so that a caller that
    /// drops or shortens words (<see cref="SearchTokenizer"/>) makes strings only of what it keeps.</summary>
    internal ref struct WordReader(string text)
    {
        private readonly string _text = text;
        private char[] _word = new char[32];
        private int _at;

        /// <returns>False after the last word.</returns>
        public bool Next(out Span<char> word)
        {
            var length = 0;
            while (_at < _text.Length)
            {
                var c = _text[_at++];
                var fold = c - TableStart is >= 0 and var i && i < Folds.Length && Folds[i] != "-" ? Folds[i] : null;
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(ref length, char.ToLowerInvariant(c));
                }
                else if (fold is not null)
                {
                    foreach (var f in fold)
                    {
                        Append(ref length, f);
                    }
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && length > 0)
                {
                    word = _word.AsSpan(0, length);
                    return true;
                }
            }

            word = _word.AsSpan(0, length);
            return length > 0;
        }

        private void Append(ref int length, char c)
        {
            if (length == _word.Length)
            {
                Array.Resize(ref _word, _word.Length * 2);
            }

            _word[length++] = c;
        }
    }
}
