using System.Globalization;
using System.Text;

namespace PaperArchive.Text;

/// <summary>Folds text to lower-case ASCII letters and digits where it can: "Mélange" becomes "melange".</summary>
public static class TextFolding
{
    // The base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), '.' where a letter is spelled
    // out below or is not a letter. A table rather than string.Normalize: with invariant globalization, which this
    // project uses for deterministic output, .NET does not decompose "é" into "e" and a combining accent.
    private const string LatinBaseLetters =
        "aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    public static string FoldToAscii(string text)
    {
        // Most titles are plain ASCII: folding them only lower-cases.
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Spelled(c) is { } letters)
            {
                builder.Append(letters);
            }
            else if (c is >= '\u00C0' and <= '\u017F' && LatinBaseLetters[c - '\u00C0'] is var letter && letter != '.')
            {
                builder.Append(letter);
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Letters that do not decompose into an ASCII letter and a mark, written out.</summary>
    private static string? Spelled(char c) => c switch
    {
        'ß' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'þ' or 'Þ' => "th",
        'Ĳ' or 'ĳ' => "ij",
        _ => null,
    };

    /// <summary>Splits folded text into its runs of ASCII letters and digits.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = FoldToAscii(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsAsciiLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }
}
