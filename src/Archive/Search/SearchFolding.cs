using System.Globalization;
using System.Text;

namespace PaperArchive.Search;

/// <summary>
/// Folds text to lower-case ASCII words: "Mélange" gives "melange". Letters with diacritics fold through
/// <see cref="Table"/>, combining marks vanish, anything else separates words. It does not use Unicode
/// normalisation because the build runs with invariant globalisation, where <c>string.Normalize</c> leaves "é"
/// as it is; a table also lets <c>search.js</c> fold exactly the same way (it holds a copy of the table).
/// </summary>
public static class SearchFolding
{
    /// <summary>The code point of the table's first entry (À).</summary>
    public const int TableStart = 0xC0;

    /// <summary>ASCII folds of U+00C0 to U+024F, space-separated; "-" separates words (× and ÷, for example).
    /// Generated from the Unicode compatibility decompositions with the marks removed, plus æ, ß, ø, ł, þ and kin.</summary>
    public const string Table = "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h i i i i i i i i i i ij ij j j k k q l l l l l l l l l l n n n n n n - ng ng o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u w w y y y z z z z z z s - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - o o - - - - - - - - - - - - - u u - - - - - - - - - - - - - - - - - - - dz dz dz lj lj lj nj nj nj a a i i o o u u u u u u u u u u - a a a a - - - - g g k k o o o o - - j dz dz dz g g - - n n a a - - - - a a a a e e e e i i i i o o o o r r r r u u u u s s t t - - h h - - - - - - a a e e o o o o o o o o y y";

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
