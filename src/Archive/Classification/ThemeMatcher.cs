using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Classification;

/// <summary>
/// The curator's theme rules compiled once into an index from first word to rules, looked up once per distinct
/// word of the archive, so that each word of a paper costs an array look-up however many themes and rules there are.
/// </summary>
internal sealed class ThemeMatcher
{
    private readonly Dictionary<string, MatchRule[]> _byWord;
    private readonly Dictionary<string, MatchRule[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefix;
    private readonly int[] _prefixLengths;
    private readonly int[] _minAbstractMatches;

    private ThemeMatcher(IReadOnlyList<MatchRule> rules, int[] minAbstractMatches)
    {
        _minAbstractMatches = minAbstractMatches;
        _byWord = Group(rules.Where(r => !r.Words[0].IsPrefix));
        _byPrefix = Group(rules.Where(r => r.Words[0].IsPrefix)).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = rules.Where(r => r.Words[0].IsPrefix).Select(r => r.Words[0].Text.Length).Distinct().Order().ToArray();
    }

    public int ThemeCount => _minAbstractMatches.Length;

    public static ThemeMatcher Compile(IReadOnlyList<ThemeDefinition> definitions, DiagnosticBag diagnostics)
    {
        var rules = new List<MatchRule>();
        for (var theme = 0; theme < definitions.Count; theme++)
        {
            var definition = definitions[theme];
            var before = rules.Count;
            foreach (var written in definition.Match)
            {
                var (rule, problem) = MatchRule.Parse(written, theme);
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

    /// <summary>Per paper read, the indexes (in site.yml order) of the themes it belongs to: a rule matched its title,
    /// or the theme's rules matched its abstract at <see cref="ThemeDefinition.MinAbstractMatches"/> places or more.</summary>
    internal int[][] Match(PaperWords words)
    {
        // Which rules a word can start, found once per distinct word: papers share most of their words, so each
        // word of a paper then costs an array look-up however many rules there are.
        var starting = new MatchRule[words.Words.Count][];
        Parallel.For(0, starting.Length, w => starting[w] = RulesStartingWith(words.Words[w]));

        var themes = new int[words.Texts.Length][];
        Parallel.For(0, themes.Length, i => themes[i] = Match(words.Texts[i], starting, words.Words));
        return themes;
    }

    private int[] Match(PaperText text, MatchRule[][] starting, IReadOnlyList<string> words)
    {
        // A few dozen themes at most in practice: kept on the stack, so that matching a paper allocates only its result.
        var small = ThemeCount <= 256;
        Span<bool> inTitle = small ? stackalloc bool[ThemeCount] : new bool[ThemeCount];
        Span<int> abstractMatches = small ? stackalloc int[ThemeCount] : new int[ThemeCount];
        Span<int> lastPosition = small ? stackalloc int[ThemeCount] : new int[ThemeCount];
        lastPosition.Fill(-1);

        var title = text.Title;
        for (var i = 0; i < title.Length; i++)
        {
            foreach (var rule in starting[title[i].Word])
            {
                if (MatchesRest(rule, title, i, words))
                {
                    inTitle[rule.Theme] = true;
                }
            }
        }

        var abstractTokens = text.Abstract;
        for (var i = 0; i < abstractTokens.Length; i++)
        {
            foreach (var rule in starting[abstractTokens[i].Word])
            {
                // Two rules matching at the same place ("reward model*" and "reward modelling") count once.
                if (lastPosition[rule.Theme] != i && MatchesRest(rule, abstractTokens, i, words))
                {
                    lastPosition[rule.Theme] = i;
                    abstractMatches[rule.Theme]++;
                }
            }
        }

        var count = 0;
        for (var theme = 0; theme < ThemeCount; theme++)
        {
            inTitle[theme] |= abstractMatches[theme] >= _minAbstractMatches[theme];
            count += inTitle[theme] ? 1 : 0;
        }

        var themes = new int[count];
        for (int theme = 0, k = 0; theme < ThemeCount; theme++)
        {
            if (inTitle[theme])
            {
                themes[k++] = theme;
            }
        }

        return themes;
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

    /// <summary>The first word is known to match; the others must follow it, joined only by white space or hyphens.</summary>
    private static bool MatchesRest(MatchRule rule, ReadOnlySpan<Token> tokens, int index, IReadOnlyList<string> words)
    {
        if (index + rule.Words.Count > tokens.Length)
        {
            return false;
        }

        for (var j = 1; j < rule.Words.Count; j++)
        {
            var token = tokens[index + j];
            if (!token.Joined || !rule.Words[j].Matches(words[token.Word]))
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
