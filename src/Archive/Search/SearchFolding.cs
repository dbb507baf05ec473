using System.Globalization;
using System.Text;
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
        var word = new StringBuilder();
        foreach (var c in text)
        {
            var fold = c - TableStart is >= 0 and var i && i < Folds.Length && Folds[i] != "-" ? Folds[i] : null;
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (fold is not null)
            {
                word.Append(fold);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
