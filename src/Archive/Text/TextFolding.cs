using System.Text;

namespace PaperArchive.Text;

/// <summary>Folds text to lower-case ASCII letters and digits where it can: "Mélange" becomes "melange".</summary>
internal static class TextFolding
{
    public static string FoldToAscii(string text) =>
        // Most titles are plain ASCII: folding them only lower-cases.
        Ascii.IsValid(text) ? text.ToLowerInvariant() : LatinFolding.FoldText(text);

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
