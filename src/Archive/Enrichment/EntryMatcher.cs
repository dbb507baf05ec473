namespace PaperArchive.Enrichment;

/// <summary>
/// Which entry of an answer is which paper. By id, the entry with that id. By title, only an entry whose title is the
/// paper's (<see cref="ArxivTitle.SameTitle"/>): a search returns near namesakes too, and none of them is the paper.
/// </summary>
internal static class EntryMatcher
{
    public static IReadOnlyList<LookupOutcome> Match(LookupBatch batch, ArxivFeed feed) =>
        batch.Papers.Select(paper => batch.Kind == LookupKind.ById ? ById(paper, feed) : ByTitle(paper, batch, feed)).ToList();

    private static LookupOutcome ById(PaperQuery paper, ArxivFeed feed) =>
        feed.Entries.FirstOrDefault(e => e.Id == paper.ArxivId) is { } entry
            ? new LookupOutcome(paper, OutcomeKind.Found, entry)
            : new LookupOutcome(paper, OutcomeKind.NotFound);

    private static LookupOutcome ByTitle(PaperQuery paper, LookupBatch batch, ArxivFeed feed)
    {
        var namesakes = feed.Entries
            .Where(e => ArxivTitle.SameTitle(paper.Title, e.Title))
            .DistinctBy(e => e.Id)
            .ToList();
        return namesakes.Count switch
        {
            1 => new LookupOutcome(paper, OutcomeKind.Found, namesakes[0]),
            > 1 => new LookupOutcome(paper, OutcomeKind.Ambiguous) { Candidates = namesakes.Select(e => e.Id).ToList() },
            _ when feed.IsTruncated && batch.Papers.Count > 1 => new LookupOutcome(paper, OutcomeKind.AskAlone),
            _ => new LookupOutcome(paper, OutcomeKind.NotFound),
        };
    }
}
