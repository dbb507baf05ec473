using PaperArchive.Text;

namespace PaperArchive.Classification;

/// <summary>
/// The terms related papers are compared on: words of the tokenizer without numbers, single letters or words that say
/// nothing of a paper's subject (<see cref="StopWords.IsSubjectless"/>),
/// with a light plural folding ("agents" and "agent" are one term; "analysis" and "loss" stay as they are).
/// </summary>
internal static class TermNormalizer
{
    /// <summary>The term a word counts as, or null when the word says nothing about the paper's subject.</summary>
    public static string? Normalize(string word)
    {
        if (word.Length < 2 || StopWords.IsSubjectless(word) || IsNumber(word))
        {
            return null;
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            var singular = word[..^1];
            return StopWords.IsSubjectless(singular) ? null : singular;
        }

        return word;
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
