using System.Collections.Concurrent;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Classification;

/// <summary>
/// The curator's theme rules compiled once into an index from first word to rules, so that a paper is tokenised
/// once and each of its words costs a dictionary look-up or two, however many themes and rules there are.
/// </summary>
public sealed class ThemeMatcher
{
    private readonly Dictionary<string, MatchRule[]> _byWord;
    private readonly Dictionary<string, MatchRule[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private readonly int[] _prefixLengths;
    private readonly int[] _minAbstractMatches;

    // Which rules a word can start, remembered per distinct word: papers share most of their words, so almost
    // every word costs one look-up however many prefix rules there are.
    private readonly ConcurrentDictionary<string, MatchRule[]> _startingWith = new(StringComparer.Ordinal);
    private readonly Func<string, MatchRule[]> _rulesStartingWith;

    private readonly FirstWordFilter _filter;

    private ThemeMatcher(IReadOnlyList<MatchRule> rules, int[] minAbstractMatches)
    {
        _minAbstractMatches = minAbstractMatches;
        _rulesStartingWith = RulesStartingWith;
        _byWord = Group(rules.Where(r => !r.Words[0].IsPrefix));
        _byPrefix = Group(rules.Where(r => r.Words[0].IsPrefix)).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = rules.Where(r => r.Words[0].IsPrefix).Select(r => r.Words[0].Text.Length).Distinct().Order().ToArray();
        _filter = new FirstWordFilter(rules.Select(r => r.Words[0]));
    }

    public int ThemeCount => _minAbstractMatches.Length;

    public static ThemeMatcher Compile(IReadOnlyList<ThemeDefinition> definitions, DiagnosticBag diagnostics)
    {
        var rules = new List<MatchRule>();
        for (var theme = 0; theme < definitions.Count; theme++)
        {
            var definition = definitions[theme];
            var before = rules.Count;
            foreach (var source in definition.Match)
            {
                var (rule, problem) = MatchRule.Parse(source, theme);
                if (rule is not null)
                {
                    rules.Add(rule);
                }
                else
                {
                    diagnostics.Error(DiagnosticIds.ThemeRuleInvalid, definition.Location, $"theme '{definition.Slug}': {problem}");
                }
            }

            if (rules.Count == before)
            {
                diagnostics.Warning(DiagnosticIds.ThemeWithoutRules, definition.Location,
                    $"theme '{definition.Slug}' has no 'match' rules, so only overrides can put papers in it.");
            }
        }

        return new ThemeMatcher(rules, definitions.Select(d => d.MinAbstractMatches).ToArray());
    }

    /// <summary>The indexes (in site.yml order) of the themes the paper belongs to: a rule matched its title, or the
    /// theme's rules matched its abstract at <see cref="ThemeDefinition.MinAbstractMatches"/> places or more.</summary>
    public IReadOnlyList<int> Match(string title, string abstractText)
    {
        var inTitle = new bool[ThemeCount];
        var abstractMatches = new int[ThemeCount];
        var lastPosition = new int[ThemeCount];
        Array.Fill(lastPosition, -1);

        var found = new List<MatchRule>();
        var titleTokens = WordTokenizer.Tokenize(title);
        for (var i = 0; i < titleTokens.Count; i++)
        {
            foreach (var rule in RulesAt(titleTokens, i, found))
            {
                inTitle[rule.Theme] = true;
            }
        }

        var abstractTokens = WordTokenizer.Tokenize(abstractText);
        for (var i = 0; i < abstractTokens.Count; i++)
        {
            foreach (var rule in RulesAt(abstractTokens, i, found))
            {
                // Two rules matching at the same place ("reward model*" and "reward modelling") count once.
                if (lastPosition[rule.Theme] != i)
                {
                    lastPosition[rule.Theme] = i;
                    abstractMatches[rule.Theme]++;
                }
            }
        }

        var themes = new List<int>();
        for (var theme = 0; theme < ThemeCount; theme++)
        {
            if (inTitle[theme] || abstractMatches[theme] >= _minAbstractMatches[theme])
            {
                themes.Add(theme);
            }
        }

        return themes;
    }

    /// <summary>The rules that match at <paramref name="index"/>, collected into <paramref name="found"/> (reused, so that
    /// matching a paper allocates nothing per word).</summary>
    private List<MatchRule> RulesAt(List<Token> tokens, int index, List<MatchRule> found)
    {
        found.Clear();
        if (!_filter.MayStartRule(tokens[index].Word))
        {
            return found;
        }

        var candidates = _startingWith.GetOrAdd(tokens[index].Word, _rulesStartingWith);
        if (candidates.Length > 0)
        {
            AddMatching(candidates, tokens, index, found);
        }

        return found;
    }

    private MatchRule[] RulesStartingWith(string word)
    {
        var rules = new List<MatchRule>();
        if (_byWord.TryGetValue(word, out var exact))
        {
            rules.AddRange(exact);
        }

        foreach (var length in _prefixLengths)
        {
            if (length > word.Length)
            {
                break;
            }

            if (_byPrefix.TryGetValue(word.AsSpan(0, length), out var prefixed))
            {
                rules.AddRange(prefixed);
            }
        }

        return rules.Count == 0 ? [] : rules.OrderBy(r => r.Theme).ToArray();
    }

    private static void AddMatching(MatchRule[] rules, List<Token> tokens, int index, List<MatchRule> found)
    {
        foreach (var rule in rules)
        {
            if (MatchesRest(rule, tokens, index))
            {
                found.Add(rule);
            }
        }
    }

    /// <summary>The first word is known to match; the others must follow it, joined only by white space or hyphens.</summary>
    private static bool MatchesRest(MatchRule rule, List<Token> tokens, int index)
    {
        if (index + rule.Words.Count > tokens.Count)
        {
            return false;
        }

        for (var j = 1; j < rule.Words.Count; j++)
        {
            var token = tokens[index + j];
            if (!token.Joined || !rule.Words[j].Matches(token.Word))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, MatchRule[]> Group(IEnumerable<MatchRule> rules) =>
        rules.GroupBy(r => r.Words[0].Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
