using System.Globalization;
using System.Text;
using PaperArchive.Text;

namespace PaperArchive.Classification;

/// <summary>One word of a text, folded to lower-case ASCII. <see cref="Joined"/> is true when only white space or
/// hyphens separate it from the word before, so that a phrase never spans a full stop, comma or bracket.</summary>
public readonly record struct Token(string Word, bool Joined);

/// <summary>
/// Splits text into words the way theme rules and related papers see it: diacritics folded ("Mélange" is
/// "melange"), lower case, runs of ASCII letters and digits. "URL" is one word, so a rule "RL" cannot match it.
/// </summary>
public static class WordTokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 6);
        var word = new StringBuilder(24);
        var gapIsSoft = false;
        foreach (var c in text)
        {
            if (c < 128)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    EndWord(c is ' ' or '\t' or '\r' or '\n' or '-');
                }

                continue;
            }

            var folded = LatinFolding.Fold(c);
            if (folded.Length == 0)
            {
                continue; // a lone combining mark: part of the word it decorates
            }

            foreach (var f in folded)
            {
                if (char.IsAsciiLetterOrDigit(f))
                {
                    word.Append(f);
                }
                else
                {
                    EndWord(IsSoftSeparator(c));
                }
            }
        }

        EndWord(false);
        return tokens;

        void EndWord(bool soft)
        {
            if (word.Length > 0)
            {
                tokens.Add(new Token(word.ToString(), tokens.Count > 0 && gapIsSoft));
                word.Clear();
                gapIsSoft = soft;
            }
            else
            {
                gapIsSoft &= soft;
            }
        }
    }

    private static bool IsSoftSeparator(char c) =>
        char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
