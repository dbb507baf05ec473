using PaperArchive.Search;
using PaperArchive.Search.Client;

namespace PaperArchive.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Fact]
    public void Case_and_diacritics_are_folded()
    {
        Assert.Equal(SearchTokenizer.Terms("melange CAFE naive lukasz strasse"), SearchTokenizer.Terms("Mélange Café naïve Łukasz Straße"));
    }

    [Fact]
    public void Combining_marks_fold_like_precomposed_letters()
    {
        Assert.Equal(["melange"], SearchFolding.Words("Me\u0301lange"));
    }

    [Fact]
    public void Stop_words_and_single_letters_are_dropped()
    {
        Assert.Equal(["reward", "model"], SearchTokenizer.Terms("The reward of a model"));
    }

    [Theory]
    [InlineData("models", "model")]
    [InlineData("studies", "study")]
    [InlineData("matches", "match")]
    [InlineData("processes", "process")]
    [InlineData("learning", "learn")]
    [InlineData("running", "run")]
    [InlineData("embeddings", "embed")]
    [InlineData("class", "class")]
    [InlineData("analysis", "analysis")]
    [InlineData("string", "string")]
    [InlineData("using", "using")]
    public void Plural_and_ing_forms_are_stemmed(string word, string stem)
    {
        Assert.Equal(stem, SearchTokenizer.Stem(word));
    }

    [Fact]
    public void A_word_and_its_ing_form_meet()
    {
        Assert.Equal(SearchTokenizer.Stem("encode"), SearchTokenizer.Stem("encoding"));
        Assert.Equal(SearchTokenizer.Stem("aligns"), SearchTokenizer.Stem("aligning"));
    }

    [Fact]
    public void Punctuation_splits_words()
    {
        Assert.Equal(["gpt", "rlhf", "based"], SearchTokenizer.Terms("GPT-4: RLHF-based"));
    }

    [Fact]
    public void The_last_word_of_a_query_is_a_prefix_and_a_quoted_phrase_needs_its_pairs()
    {
        var query = SearchQuery.Parse("\"reward models\" interpret");
        Assert.Equal(["reward", "model", "interpret"], query.Words.Select(w => w.Term));
        Assert.True(query.Words[^1].IsPrefix);
        Assert.False(query.Words[0].IsPrefix);
        Assert.Equal(["reward", "model"], Assert.Single(query.Phrases));
    }

    [Fact]
    public void A_half_typed_ing_form_still_expands_to_its_stem()
    {
        Assert.Contains("encod", SearchQuery.PrefixForms("encodi"));
    }
}
