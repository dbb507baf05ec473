using PaperArchive.Text;

namespace PaperArchive.Classification;

/// <summary>One word of a rule: the whole word, or with <see cref="IsPrefix"/> any word that starts with it.</summary>
internal readonly record struct RuleWord(string Text, bool IsPrefix)
{
    public bool Matches(string word) =>
        IsPrefix ? word.StartsWith(Text, StringComparison.Ordinal) : string.Equals(word, Text, StringComparison.Ordinal);
}

/// <summary>
/// A theme rule as the curator writes it in <c>site.yml</c>: a word ("agent"), a prefix ("interpretab*") or a
/// phrase ("human feedback"), folded like paper text so that it matches whole words, in any case, with any
/// white space or hyphen between the words of a phrase.
/// </summary>
internal sealed record MatchRule(string Written, int Theme, IReadOnlyList<RuleWord> Words)
{
    /// <summary>The rule's words, or null with a reason when the rule has none or misplaces a <c>*</c>.</summary>
    public static (MatchRule? Rule, string? Problem) Parse(string written, int theme)
    {
        var folded = LatinFolding.FoldText(written);
        var words = new List<RuleWord>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                words.Add(new RuleWord(folded[start..i], IsPrefix: c == '*'));
                start = -1;
            }
            else if (c == '*')
            {
                return (null, $"'*' in rule '{written}' must follow a word, as in 'interpretab*'.");
            }
        }

        return words.Count == 0
            ? (null, $"rule '{written}' has no letters or digits to match.")
            : (new MatchRule(written, theme, words), null);
    }
}
