using PaperArchive.Enrichment;

namespace PaperArchive.Tests.Enrichment;

public sealed class LookupPlannerTests
{
    private static readonly Uri Api = new("https://export.arxiv.org/api/query");

    [Fact]
    public void Papers_with_an_id_are_asked_many_a_request_before_titles_several_a_request()
    {
        var papers = Enumerable.Range(0, 7).Select(i => new PaperQuery($"t{i}", $"Title {i}", null))
            .Concat(Enumerable.Range(0, 3).Select(i => new PaperQuery($"i{i}", $"Id {i}", $"2401.0000{i}")))
            .ToList();

        var batches = LookupPlanner.Plan(papers, EnrichOptions.Default with { TitlesPerRequest = 5, IdsPerRequest = 50 });

        Assert.Equal([(LookupKind.ById, 3), (LookupKind.ByTitle, 5), (LookupKind.ByTitle, 2)], batches.Select(b => (b.Kind, b.Papers.Count)));
        Assert.Equal(50, batches[1].MaxResults);
        Assert.Equal(20, batches[2].MaxResults);
    }

    [Fact]
    public void An_id_request_lists_the_ids_and_asks_for_as_many_results()
    {
        var batch = new LookupBatch(LookupKind.ById, [new("a", "A", "2305.10601"), new("b", "B", "cond-mat/0607501")], 2);

        Assert.Equal("https://export.arxiv.org/api/query?id_list=2305.10601,cond-mat%2F0607501&start=0&max_results=2", batch.UrlFor(Api).AbsoluteUri);
    }

    [Fact]
    public void A_title_request_is_a_phrase_search_on_the_title_field_for_each_title()
    {
        var batch = new LookupBatch(LookupKind.ByTitle, [new("a", "Tree of Thoughts: Deliberate Problem Solving", null), new("b", "Don't \"Quote\" Me", null)], 20);

        var url = batch.UrlFor(Api);

        Assert.Equal("search_query=ti:\"tree of thoughts deliberate problem solving\" OR ti:\"don t quote me\"&start=0&max_results=20", Uri.UnescapeDataString(url.Query.TrimStart('?')));
        Assert.DoesNotContain(' ', url.AbsoluteUri);
    }
}
