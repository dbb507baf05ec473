using PaperArchive.Catalog;
using PaperArchive.Input;

namespace PaperArchive.Enrichment;

/// <summary>Which papers a run asks about: those without an answer in the metadata folder (all with --refresh), in
/// catalog order, at most --limit. A paper is asked by the id its listings link, else by the id a former answer gave.</summary>
public static class PaperSelection
{
    public sealed record Selection(IReadOnlyList<PaperQuery> ToAsk, int Known, int LeftForLater);

    public static Selection Select(IReadOnlyList<Paper> papers, IReadOnlyList<PaperMetadata> metadata, EnrichOptions options)
    {
        var answers = metadata.ToDictionary(m => m.Slug, StringComparer.Ordinal);
        var unanswered = new List<PaperQuery>();
        var known = 0;
        foreach (var paper in papers)
        {
            var answer = answers.GetValueOrDefault(paper.Slug);
            if (answer is not null && !options.Refresh)
            {
                known++;
                continue;
            }

            unanswered.Add(new PaperQuery(paper.Slug, paper.Title, paper.ArxivId ?? answer?.Arxiv?.Id));
        }

        var limit = options.Limit ?? unanswered.Count;
        return new Selection(unanswered.Take(limit).ToList(), known, Math.Max(0, unanswered.Count - limit));
    }
}
