using System.Globalization;
using System.Text;

namespace PaperArchive.Text;

/// <summary>Folds text to lower-case ASCII letters and digits where it can: "Mélange" becomes "melange".</summary>
public static class TextFolding
{
    public static string FoldToAscii(string text)
    {
        // Most titles are plain ASCII, which decomposition leaves as it is: folding them only lower-cases.
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Spelled(c) is { } letters)
            {
                builder.Append(letters);
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
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'þ' or 'Þ' => "th",
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
