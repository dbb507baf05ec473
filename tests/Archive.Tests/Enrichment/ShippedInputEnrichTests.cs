using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;
using PaperArchive.Input;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Enrichment;

/// <summary>
/// The "done when", as far as real data reaches: the shipped input enriched against an arXiv-shaped server that
/// answers from the real arXiv records found for its papers (six of 455; see TestFiles/Arxiv/README.md), then built
/// offline from what was stored.
/// </summary>
public sealed class ShippedInputEnrichTests
{
    [Fact]
    public async Task Every_shipped_paper_arxiv_knows_gets_its_id_and_names_with_no_wrong_match_and_the_build_uses_them_offline()
    {
        using var input = new InputCopy();
        var records = ArxivRecords.Load(ArxivServer.Fixture("shipped"));
        var catalog = ArchiveBuilder.LoadContent(input.Options, new DiagnosticBag()).Catalog;
        await using (var server = await ArxivServer.StartAsync((context, _) => records.Answer(context)))
        {
            var options = EnrichOptions.Default with { ApiUrl = server.ApiUrl, Delay = TimeSpan.Zero };
            using var http = new HttpClient();
            var selection = PaperSelection.Select(catalog.Papers, [], options);
            var enricher = new Enricher(new ArxivClient(http, options, TimeProvider.System), new MetadataStore(input.Input), options, TimeProvider.System);

            var result = await enricher.RunAsync(selection.ToAsk, null, CancellationToken.None);

            Assert.Null(result.StoppedBy);
            Assert.Equal(catalog.Papers.Count, result.Outcomes.Count);
            Assert.Equal(91, server.Requests.Count);
            var found = result.Outcomes.Where(o => o.Kind == OutcomeKind.Found).ToList();
            Assert.Equal(records.All.Select(r => r.Id).Order(), found.Select(o => o.Entry!.Id).Order());
            foreach (var outcome in found)
            {
                var record = records.All.Single(r => r.Id == outcome.Entry!.Id);
                Assert.True(ArxivTitle.SameTitle(outcome.Paper.Title, record.Title), $"{outcome.Paper.Title} was matched to {record.Title}");
                Assert.Equal(record.Authors, outcome.Entry!.Authors);
            }

            Assert.Equal(catalog.Papers.Count - records.All.Count, result.Count(OutcomeKind.NotFound));
        }

        var diagnostics = new DiagnosticBag();
        var built = ArchiveBuilder.Build(input.Options, diagnostics);

        Assert.True(built.Succeeded, string.Join("\n", diagnostics.Sorted()));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Id.StartsWith("ARC06", StringComparison.Ordinal));
        var treeOfThoughts = built.Catalog!.Papers.Single(p => p.Title.StartsWith("Tree of Thoughts", StringComparison.Ordinal));
        Assert.Equal("2305.10601", treeOfThoughts.ArxivId);
        Assert.Equal(["Shunyu Yao", "Dian Yu", "Jeffrey Zhao", "Izhak Shafran", "Thomas L. Griffiths", "Yuan Cao", "Karthik Narasimhan"], treeOfThoughts.AuthorNames);
        Assert.Equal(7, treeOfThoughts.Authors);
        Assert.Equal(6, built.Catalog.Papers.Count(p => p.Arxiv is not null));
        var page = File.ReadAllText(Path.Combine(input.Output, "papers", treeOfThoughts.Slug, "index.html"));
        Assert.Equal(7, CountOf(page, "<meta name=\"citation_author\""));
        Assert.Contains("<meta name=\"citation_arxiv_id\" content=\"2305.10601\">", page);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
