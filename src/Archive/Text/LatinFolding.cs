using System.Globalization;
using System.Text;

namespace PaperArchive.Text;

/// <summary>
/// Folds Latin letters with diacritics to ASCII ("é" is "e", "ß" is "ss", "Ł" is "l") from a fixed table.
/// Unicode normalisation cannot be relied on: the archive runs with invariant globalization, where
/// <see cref="string.Normalize(NormalizationForm)"/> leaves "é" as it is.
/// </summary>
internal static class LatinFolding
{
    private const int First = 0x00C0;

    // U+00C0 to U+024F: the ASCII letter each character folds to; ' ' for symbols, '*' for the two-letter folds below.
    private const string Table =
        "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" +
        "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "bb      c d       fg   i kl  nn oo  pp     ttttuu vyyzz         " +
        "    *********aaiioouuuuuuuuuu aaaa**  ggkkoooo  j***gg  nnaa**oo" +
        "aaaaeeeeiiiioooorrrruuuusstt  hh d    aaeeooooooooyylntj**acclts" +
        "z  bu eejjqqrryy";

    private static readonly Dictionary<char, string> TwoLetters = new()
    {
        ['Æ'] = "ae", ['æ'] = "ae", ['Þ'] = "th", ['þ'] = "th", ['ß'] = "ss", ['Ĳ'] = "ij", ['ĳ'] = "ij",
        ['Œ'] = "oe", ['œ'] = "oe", ['Ǆ'] = "dz", ['ǅ'] = "dz", ['ǆ'] = "dz", ['Ǉ'] = "lj", ['ǈ'] = "lj",
        ['ǉ'] = "lj", ['Ǌ'] = "nj", ['ǋ'] = "nj", ['ǌ'] = "nj", ['Ǣ'] = "ae", ['ǣ'] = "ae", ['Ǳ'] = "dz",
        ['ǲ'] = "dz", ['ǳ'] = "dz", ['Ǽ'] = "ae", ['ǽ'] = "ae", ['ȸ'] = "db", ['ȹ'] = "qp",
        ['ﬀ'] = "ff", ['ﬁ'] = "fi", ['ﬂ'] = "fl", ['ﬃ'] = "ffi", ['ﬄ'] = "ffl", ['ﬅ'] = "st", ['ﬆ'] = "st",
    };

    private static readonly string[] Folded = Table.Select(c => c == ' ' ? " " : c.ToString()).ToArray();

    /// <summary>The ASCII a non-ASCII character folds to: letters, an empty string for a combining mark (it belongs
    /// to the letter before it), or the character itself (lower-cased) when it has no ASCII form (the caller treats it as a separator).</summary>
    public static string Fold(char c)
    {
        if (TwoLetters.TryGetValue(c, out var two))
        {
            return two;
        }

        if (c >= First && c < First + Table.Length)
        {
            return Folded[c - First];
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? string.Empty : char.ToLowerInvariant(c).ToString();
    }

    /// <summary>Lower-case ASCII form of a whole text, for rules written by the curator.</summary>
    public static string FoldText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c < 128 ? char.ToLowerInvariant(c) : Fold(c));
        }

        return builder.ToString();
    }
}
