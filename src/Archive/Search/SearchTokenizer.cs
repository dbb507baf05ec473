using PaperArchive.Text;

namespace PaperArchive.Search;

/// <summary>
/// Turns text into search terms: fold to ASCII (<see cref="SearchFolding"/>), split into words, drop stop words and
/// one-letter words, stem lightly. <c>theme/assets/js/search.js</c> does exactly the same; keep them in step.
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>The terms of <paramref name="text"/> in reading order (stop words dropped, so adjacent terms form phrase pairs).</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in SearchFolding.Words(text))
        {
            if (Keeps(word))
            {
                terms.Add(Stem(word));
            }
        }

        return terms;
    }

    /// <summary>True for words the index keeps: two characters or more and not a stop word.</summary>
    public static bool Keeps(string word) => word.Length >= 2 && !StopWords.Contains(word);

    /// <summary>The term a pair of adjacent terms is indexed under, for phrase queries.</summary>
    public static string Pair(string first, string second) => first + " " + second;

    /// <summary>
    /// Light English stemming of a folded word: plural forms and -ing, plus a final silent "e" so that
    /// "encode" and "encoding" meet. Not Porter: only what a visitor expects ("models" finds "model").
    /// </summary>
    public static string Stem(string word)
    {
        var w = word;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
                     || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
                     || w.EndsWith("zes", StringComparison.Ordinal)))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            w = w[..^1];
        }

        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w, w.Length - 3))
        {
            w = w[..^3];
            if (w.Length >= 4 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !IsVowel(w[^1]))
            {
                w = w[..^1];
            }
        }

        if (w.Length >= 4 && w[^1] == 'e' && w[^2] != 'e')
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool HasVowel(string word, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (IsVowel(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
