namespace PaperArchive.Search.Client;

/// <summary>A word of a query: the term, and for the last word the prefixes it may expand to.</summary>
internal sealed record QueryWord(string Term, IReadOnlyList<string> Prefixes)
{
    public bool IsPrefix => Prefixes.Count > 0;
}

/// <summary>
/// A parsed query, as the search page parses it (<c>query.js</c>): every word must match; the last word outside
/// quotes matches as a prefix; a quoted phrase needs its words and each adjacent pair of them.
/// </summary>
internal sealed record SearchQuery(IReadOnlyList<QueryWord> Words, IReadOnlyList<IReadOnlyList<string>> Phrases)
{
    public bool IsEmpty => Words.Count == 0;

    public static SearchQuery Parse(string text)
    {
        var words = new List<QueryWord>();
        var phrases = new List<IReadOnlyList<string>>();
        var segments = text.Split('"');
        for (var s = 0; s < segments.Length; s++)
        {
            if (s % 2 == 1)
            {
                var terms = SearchTokenizer.Terms(segments[s]);
                words.AddRange(terms.Select(t => new QueryWord(t, [])));
                if (terms.Count > 1)
                {
                    phrases.Add(terms);
                }

                continue;
            }

            var raw = SearchFolding.Words(segments[s]).ToList();
            for (var i = 0; i < raw.Count; i++)
            {
                if (SearchTokenizer.Keeps(raw[i]))
                {
                    var last = s == segments.Length - 1 && i == raw.Count - 1;
                    words.Add(new QueryWord(SearchTokenizer.Stem(raw[i]), last ? PrefixForms(raw[i]) : []));
                }
            }
        }

        return new SearchQuery(words, phrases);
    }

    /// <summary>
    /// What a half-typed last word may be the start of: its stem, and the word without a half-typed "-ing"
    /// ("encodi" then still finds "encoding", whose stem is "encod").
    /// </summary>
    public static IReadOnlyList<string> PrefixForms(string word)
    {
        var forms = new List<string> { SearchTokenizer.Stem(word) };
        if (word.EndsWith("in", StringComparison.Ordinal) && word.Length >= 5)
        {
            forms.Add(word[..^2]);
        }
        else if (word.EndsWith('i') && word.Length >= 4)
        {
            forms.Add(word[..^1]);
        }

        return forms.Where(f => !forms.Any(o => o != f && f.StartsWith(o, StringComparison.Ordinal))).Distinct().ToList();
    }
}
