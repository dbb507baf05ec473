namespace PaperArchive.Enrichment;

/// <summary>Cuts the papers to ask about into requests: ids first (exact, and many a request), then titles.</summary>
public static class LookupPlanner
{
    public static IReadOnlyList<LookupBatch> Plan(IReadOnlyList<PaperQuery> papers, EnrichOptions options)
    {
        var byId = papers.Where(p => p.ArxivId is not null)
            .Chunk(options.IdsPerRequest)
            .Select(chunk => new LookupBatch(LookupKind.ById, chunk, chunk.Length));
        var byTitle = papers.Where(p => p.ArxivId is null)
            .Chunk(options.TitlesPerRequest)
            .Select(chunk => TitleBatch(chunk, options));
        return [.. byId, .. byTitle];
    }

    /// <summary>One title asked on its own, with more room for namesakes (after a shared search was cut short).</summary>
    public static LookupBatch Alone(PaperQuery paper, EnrichOptions options) =>
        new(LookupKind.ByTitle, [paper], options.ResultsForOneTitle);

    private static LookupBatch TitleBatch(IReadOnlyList<PaperQuery> papers, EnrichOptions options) =>
        papers.Count == 1 ? Alone(papers[0], options) : new(LookupKind.ByTitle, papers, papers.Count * options.ResultsPerTitle);
}
