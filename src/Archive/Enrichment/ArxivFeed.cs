namespace PaperArchive.Enrichment;

/// <summary>One answer of arXiv's query API: the entries it holds and how many the query matched in all.</summary>
/// <param name="TotalResults">What <c>opensearch:totalResults</c> says; more than <see cref="Entries"/> when the answer was cut at <c>max_results</c>.</param>
/// <param name="Error">arXiv's own error message when the answer is an error feed (a malformed id, a bad query), otherwise null.</param>
public sealed record ArxivFeed(IReadOnlyList<ArxivEntry> Entries, int TotalResults, string? Error = null)
{
    public bool IsTruncated => TotalResults > Entries.Count;
}
