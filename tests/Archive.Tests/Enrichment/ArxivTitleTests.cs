using PaperArchive.Enrichment;

namespace PaperArchive.Tests.Enrichment;

public sealed class ArxivTitleTests
{
    [Theory]
    [InlineData("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large\n  Connectivity Limit", "Quantum criticality for extended nodes on a Bethe lattice in the large connectivity limit")]
    [InlineData("GUESS:GradUally Enriching SyntheSis for Text-Driven Human Motion Generation", "GUESS: Gradually Enriching Synthesis for Text Driven Human Motion Generation")]
    [InlineData("From Instructions to Intrinsic Human Values -- A Survey of Alignment Goals for Big Models", "From Instructions to Intrinsic Human Values — A Survey of Alignment Goals for Big Models")]
    [InlineData("Don't Lie to Me! Robust and Efficient Explainability with Verified Perturbation Analysis", "Don’t Lie to Me! Robust and Efficient Explainability with Verified Perturbation Analysis")]
    [InlineData("Darwin Godel Machine: Open-Ended Evolution of Self-Improving Agents", "Darwin G\\\"odel Machine: Open-Ended Evolution of Self-Improving Agents")]
    [InlineData("Darwin Gödel Machine", "Darwin G\\\"{o}del Machine")]
    public void Titles_that_differ_only_in_case_spacing_punctuation_or_accents_are_the_same(string listing, string arxiv)
    {
        Assert.True(ArxivTitle.SameTitle(listing, arxiv), $"'{listing}' should match '{arxiv}'");
    }

    [Theory]
    [InlineData("Feasible Learning", "Feasible Learning Revisited")]
    [InlineData("Quantum Criticality for Extended Nodes on a Bethe Lattice", "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit")]
    [InlineData("Efficient Two-Stage Group Testing Algorithms for DNA Screening", "Efficient Two-Stage Group Testing Algorithms for Genetic Screening")]
    [InlineData("C++ Code Generation", "C Code Generation")]
    [InlineData("Orca 2: Teaching Small Language Models How to Reason", "Orca: Teaching Small Language Models How to Reason")]
    public void A_near_miss_is_another_paper(string listing, string arxiv)
    {
        Assert.False(ArxivTitle.SameTitle(listing, arxiv));
    }

    [Fact]
    public void A_title_without_words_matches_nothing()
    {
        Assert.False(ArxivTitle.SameTitle("…", "—"));
    }

    [Fact]
    public void The_search_phrase_is_the_titles_words_without_punctuation()
    {
        Assert.Equal("the pacifaist benchmark would an artificial intelligence choose to sacrifice itself for human safety",
            ArxivTitle.SearchPhrase("The PacifAIst Benchmark:Would an Artificial Intelligence Choose to Sacrifice Itself for Human Safety?"));
        Assert.Equal("automatically labeling 200b life saving datasets", ArxivTitle.SearchPhrase("Automatically Labeling $200B Life-Saving Datasets"));
    }
}
