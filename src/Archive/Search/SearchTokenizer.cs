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
        var reader = new TermReader(text);
        while (reader.Next(out var term))
        {
            terms.Add(new string(term));
        }

        return terms;
    }

    /// <summary>The terms of a text one at a time, each in a buffer the next one overwrites, so that the index builder
    /// makes no string a term (<see cref="TermCollector"/>): exactly the terms <see cref="Terms"/> gives.</summary>
    internal ref struct TermReader(string text)
    {
        private SearchFolding.WordReader _words = new(text);

        /// <returns>False after the last term.</returns>
        public bool Next(out ReadOnlySpan<char> term)
        {
            while (_words.Next(out var word))
            {
                if (word.Length >= 2 && !StopWords.Contains(word))
                {
                    term = word[..Stem(word)];
                    return true;
                }
            }

            term = default;
            return false;
        }
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
        var stemmed = word.ToCharArray();
        return new string(stemmed, 0, Stem(stemmed));
    }

    /// <summary><see cref="Stem(string)"/> in place: the stem is the first characters of <paramref name="word"/> (an "ies"
    /// ending becomes "y" there); returns how many.</summary>
    private static int Stem(Span<char> word)
    {
        var length = word.Length;
        if (length > 4 && word.EndsWith("ies"))
        {
            word[length - 3] = 'y';
            length -= 2;
        }
        else if (length > 4 && (word.EndsWith("sses") || word.EndsWith("shes") || word.EndsWith("ches") || word.EndsWith("xes") || word.EndsWith("zes")))
        {
            length -= 2;
        }
        else if (length > 3 && word[length - 1] == 's' && word[length - 2] is not ('s' or 'u' or 'i'))
        {
            length--;
        }

        if (length > 5 && word[..length].EndsWith("ing") && HasVowel(word, length - 3))
        {
            length -= 3;
            if (length >= 4 && word[length - 1] == word[length - 2] && word[length - 1] is not ('l' or 's' or 'z') && !IsVowel(word[length - 1]))
            {
                length--;
            }
        }

        if (length >= 4 && word[length - 1] == 'e' && word[length - 2] != 'e')
        {
            length--;
        }

        return length;
    }

    private static bool HasVowel(ReadOnlySpan<char> word, int length)
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
