using PaperArchive.Classification;
using PaperArchive.Diagnostics;
using static PaperArchive.Tests.Classification.TestPapers;

namespace PaperArchive.Tests.Classification;

public sealed class ThemeClassifierTests
{
    private static IReadOnlyList<string> ThemesOf(string title, string abstractText, params PaperArchive.Configuration.ThemeDefinition[] themes)
    {
        var (catalog, _, _) = ThemeClassifier.Classify(CatalogOf(Paper("p", title, abstractText)), themes, new DiagnosticBag());
        return catalog.Papers.Single().Themes;
    }

    [Theory]
    [InlineData("Offline RL from videos", true)]
    [InlineData("RL-based fine-tuning", true)]
    [InlineData("Parsing every URL on the web", false)]
    [InlineData("Curling and other sports", false)]
    public void A_theme_matches_whole_words_only(string title, bool matches)
    {
        Assert.Equal(matches, ThemesOf(title, "", Theme("rl", "RL")).Contains("rl"));
    }

    [Fact]
    public void A_word_does_not_match_inside_a_longer_word()
    {
        Assert.Equal(["other"], ThemesOf("A reagent for chemistry", "", Theme("agents", "agent")));
        Assert.Equal(["agents"], ThemesOf("An agent for chemistry", "", Theme("agents", "agent")));
    }

    [Theory]
    [InlineData("Learning from human feedback")]
    [InlineData("Learning from human-feedback")]
    [InlineData("Learning from Human \n  Feedback")]
    [InlineData("Learning from HUMAN–FEEDBACK")]
    public void A_phrase_matches_with_any_white_space_or_hyphen_between_its_words(string title)
    {
        Assert.Equal(["rlhf"], ThemesOf(title, "", Theme("rlhf", "human feedback")));
    }

    [Fact]
    public void A_phrase_does_not_match_across_punctuation_or_other_words()
    {
        Assert.Equal(["other"], ThemesOf("Ask a human. Feedback loops in control", "", Theme("rlhf", "human feedback")));
        Assert.Equal(["other"], ThemesOf("Human expert feedback", "", Theme("rlhf", "human feedback")));
    }

    [Theory]
    [InlineData("Interpretable concept models", true)]
    [InlineData("On interpretability", true)]
    [InlineData("Interpret this", false)]
    public void A_trailing_star_matches_words_that_start_with_the_prefix(string title, bool matches)
    {
        Assert.Equal(matches, ThemesOf(title, "", Theme("interp", "interpretab*")).Contains("interp"));
    }

    [Fact]
    public void A_star_may_end_any_word_of_a_phrase()
    {
        Assert.Equal(["rm"], ThemesOf("Ensembles of reward models", "", Theme("rm", "reward model*")));
        Assert.Equal(["rm"], ThemesOf("Reward modelling for summaries", "", Theme("rm", "reward model*")));
    }

    [Fact]
    public void Diacritics_are_folded_in_papers_and_in_rules()
    {
        Assert.Equal(["serving"], ThemesOf("Mélange: cost efficient serving", "", Theme("serving", "melange")));
        Assert.Equal(["serving"], ThemesOf("Me\u0301lange, decomposed", "", Theme("serving", "melange")));
        Assert.Equal(["naive"], ThemesOf("A naive baseline", "", Theme("naive", "naïve")));
        Assert.Equal(["street"], ThemesOf("STRASSE und Straße", "", Theme("street", "strasse")));
    }

    [Fact]
    public void A_paper_can_belong_to_several_themes_listed_in_site_yml_order()
    {
        var themes = ThemesOf("Agents that reason with code", "",
            Theme("code", "code"), Theme("vision", "image"), Theme("agents", "agent*"), Theme("reasoning", "reason"));
        Assert.Equal(["code", "agents", "reasoning"], themes);
    }

    [Fact]
    public void An_abstract_needs_the_themes_minimum_number_of_matches_but_a_title_needs_one()
    {
        var rl = Theme("rl", "reinforcement learning", "reward*") with { MinAbstractMatches = 2 };
        Assert.Equal(["other"], ThemesOf("A study", "We use reinforcement learning once.", rl));
        Assert.Equal(["rl"], ThemesOf("A study", "We use reinforcement learning with a reward model.", rl));
        Assert.Equal(["rl"], ThemesOf("Reinforcement learning at scale", "Nothing else.", rl));
    }

    [Fact]
    public void Papers_no_theme_matches_are_listed_under_other_after_the_defined_themes()
    {
        var (catalog, themes, _) = ThemeClassifier.Classify(
            CatalogOf(Paper("a", "Agents everywhere"), Paper("b", "Protein folding")), [Theme("agents", "agent*")], new DiagnosticBag());

        Assert.Equal(["agents", "other"], themes.Select(t => t.Slug));
        Assert.True(themes[1].IsOther);
        Assert.Equal(["b"], themes[1].Papers.Select(p => p.Slug));
        Assert.Equal(["other"], catalog.FindBySlug("b")!.Themes);
    }

    [Fact]
    public void Without_unmatched_papers_there_is_no_other_theme()
    {
        var (_, themes, _) = ThemeClassifier.Classify(CatalogOf(Paper("a", "Agents")), [Theme("agents", "agent*")], new DiagnosticBag());
        Assert.Equal(["agents"], themes.Select(t => t.Slug));
    }

    [Fact]
    public void Papers_in_a_theme_are_newest_first_by_publication_or_else_capture_date_then_most_upvoted()
    {
        var catalog = CatalogOf(
            Paper("old", "Agents old", added: "2025-12-01"),
            Paper("b-undated", "B agents", added: "2025-12-09"),
            Paper("z-published", "Z agents", added: "2025-12-09", published: "2025-06-01"),
            Paper("a-undated", "A agents", added: "2025-12-09"),
            Paper("popular", "Popular agents", added: "2025-12-09") with { Upvotes = 40 });

        var (_, themes, _) = ThemeClassifier.Classify(catalog, [Theme("agents", "agent*")], new DiagnosticBag());

        Assert.Equal(["popular", "a-undated", "b-undated", "old", "z-published"], themes[0].Papers.Select(p => p.Slug));
    }

    [Fact]
    public void A_rule_without_letters_is_an_error_naming_the_theme()
    {
        var diagnostics = new DiagnosticBag();
        ThemeClassifier.Classify(CatalogOf(Paper("a", "x")), [Theme("broken", "--", "*ab")], diagnostics);

        var errors = diagnostics.Sorted().Where(d => d.Id == DiagnosticIds.ThemeRuleInvalid).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("theme 'broken'", e.Message));
    }
}
