using PaperArchive.Enrichment;

namespace PaperArchive.Tests.Enrichment;

public sealed class EntryMatcherTests
{
    private static LookupBatch ByTitle(params string[] titles) =>
        new(LookupKind.ByTitle, titles.Select((t, i) => new PaperQuery($"paper-{i}", t, null)).ToList(), 10);

    [Fact]
    public void A_title_search_takes_the_entry_whose_wrapped_title_is_the_papers_title()
    {
        var batch = ByTitle("Quantum criticality for extended nodes on a Bethe lattice in the large connectivity limit");

        var outcome = Assert.Single(EntryMatcher.Match(batch, RecordedFeeds.Read("search-quantum-criticality.xml")));

        Assert.Equal(OutcomeKind.Found, outcome.Kind);
        Assert.Equal("1111.2011", outcome.Entry!.Id);
    }

    [Fact]
    public void A_near_miss_title_is_refused_even_when_it_is_the_only_result()
    {
        var batch = ByTitle("Quantum Criticality for Extended Nodes on a Bethe Lattice");

        var outcome = Assert.Single(EntryMatcher.Match(batch, RecordedFeeds.Read("search-quantum-criticality.xml")));

        Assert.Equal(OutcomeKind.NotFound, outcome.Kind);
        Assert.Null(outcome.Entry);
    }

    [Fact]
    public void Of_two_near_namesakes_each_paper_gets_its_own()
    {
        var batch = ByTitle("Efficient two-stage group testing algorithms for DNA screening", "Efficient Two-Stage Group Testing Algorithms for Genetic Screening");
        var feed = RecordedFeeds.Read("search-testing-excerpt.xml");

        var outcomes = EntryMatcher.Match(batch, feed);

        var dna = feed.Entries.Single(e => e.Title.EndsWith("DNA Screening", StringComparison.Ordinal));
        var genetic = feed.Entries.Single(e => e.Title.EndsWith("Genetic Screening", StringComparison.Ordinal));
        Assert.Equal([dna.Id, genetic.Id], outcomes.Select(o => o.Entry?.Id));
        Assert.NotEqual(dna.Id, genetic.Id);
    }

    [Fact]
    public void A_title_missing_from_a_shared_search_cut_at_max_results_is_asked_again_alone()
    {
        var batch = ByTitle("Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques", "A paper the cut answer does not show");

        var outcomes = EntryMatcher.Match(batch, RecordedFeeds.Read("search-testing-excerpt.xml"));

        Assert.Equal([OutcomeKind.Found, OutcomeKind.AskAlone], outcomes.Select(o => o.Kind));
    }

    [Fact]
    public void A_title_asked_alone_and_still_missing_is_not_found()
    {
        var batch = ByTitle("A paper the cut answer does not show");

        var outcome = Assert.Single(EntryMatcher.Match(batch, RecordedFeeds.Read("search-testing-excerpt.xml")));

        Assert.Equal(OutcomeKind.NotFound, outcome.Kind);
    }

    [Fact]
    public void Two_different_arxiv_papers_with_exactly_the_papers_title_are_ambiguous_and_neither_is_taken()
    {
        // No recorded answer holds two papers with one title; the matcher's input is entries, so two are made here.
        var first = new ArxivEntry { Id = "2101.00001", Version = 1, Title = "Editorial", Authors = ["A. Author"] };
        var second = first with { Id = "2202.00002", Authors = ["B. Author"] };
        var batch = ByTitle("Editorial");

        var outcome = Assert.Single(EntryMatcher.Match(batch, new ArxivFeed([first, second], 2)));

        Assert.Equal(OutcomeKind.Ambiguous, outcome.Kind);
        Assert.Null(outcome.Entry);
        Assert.Equal(["2101.00001", "2202.00002"], outcome.Candidates);
    }

    [Fact]
    public void By_id_the_entry_with_that_id_is_taken_and_an_id_arxiv_does_not_return_is_not_found()
    {
        var batch = new LookupBatch(LookupKind.ById, [new PaperQuery("known", "Proceedings of Workshop AEW10", "1707.08567"), new PaperQuery("unknown", "Something", "0808.05394")], 2);

        var outcomes = EntryMatcher.Match(batch, RecordedFeeds.Read("id-0808.05394-1707.08567.xml"));

        Assert.Equal([OutcomeKind.Found, OutcomeKind.NotFound], outcomes.Select(o => o.Kind));
        Assert.Equal("1707.08567", outcomes[0].Entry!.Id);
    }
}
