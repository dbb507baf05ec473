namespace PaperArchive.Classification;

/// <summary>
/// The terms related papers are compared on: words of the tokenizer without stop words, numbers or single letters,
/// with a light plural folding ("agents" and "agent" are one term; "analysis" and "loss" stay as they are).
/// </summary>
public static class TermNormalizer
{
    // Function words, and the filler words of abstracts that say nothing about a paper's subject.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "also", "although",
        "always", "among", "an", "and", "another", "any", "are", "as", "at", "be", "because", "been", "before",
        "being", "below", "between", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing",
        "done", "down", "during", "each", "either", "else", "enough", "especially", "etc", "even", "ever", "every",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
        "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "less", "many", "may", "might",
        "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "off", "often", "on",
        "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours", "out", "over", "own",
        "per", "perhaps", "rather", "same", "several", "she", "should", "since", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "thereby", "therefore", "these",
        "they", "this", "those", "though", "through", "thus", "to", "too", "toward", "towards", "two", "under",
        "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when",
        "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your",
        "abstract", "achieve", "achieves", "achieving", "addition", "additionally", "approach", "approaches",
        "based", "better", "demonstrate", "demonstrates", "different", "existing", "experiment", "experiments",
        "experimental", "find", "findings", "first", "furthermore", "given", "high", "improve",
        "improved", "improves", "improving", "including", "introduce", "introduces", "key", "large", "method",
        "methods", "moreover", "new", "novel", "paper", "performance", "present", "presents", "propose",
        "proposed", "proposes", "provide", "provides", "recent", "result", "results", "shown", "show", "shows",
        "significant", "significantly", "state", "study", "studies", "task", "tasks", "use", "used", "uses",
        "using", "various", "way", "ways", "work", "works",
    };

    /// <summary>The term a word counts as, or null when the word says nothing about the paper's subject.</summary>
    public static string? Normalize(string word)
    {
        if (word.Length < 2 || StopWords.Contains(word) || IsNumber(word))
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
            return StopWords.Contains(singular) ? null : singular;
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
