using PaperArchive.Input;

namespace PaperArchive.Enrichment;

/// <summary>
/// Asks arXiv about papers, request by request, and writes each answer to <c>input/metadata/</c> as soon as it
/// arrives, so that whatever stops the run (Ctrl+C, going offline, arXiv being down) keeps everything learned so far
/// and the next run asks only the rest.
/// </summary>
public sealed class Enricher(ArxivClient client, MetadataStore store, EnrichOptions options, TimeProvider clock)
{
    /// <param name="progress">Told how many of the papers have an answer so far.</param>
    public async Task<EnrichResult> RunAsync(IReadOnlyList<PaperQuery> papers, IProgress<int>? progress, CancellationToken cancellation)
    {
        var queue = new Queue<LookupBatch>(LookupPlanner.Plan(papers, options));
        var outcomes = new List<LookupOutcome>();
        var refusals = new List<string>();
        var refused = new HashSet<string>(StringComparer.Ordinal);
        var answered = 0;
        var result = new EnrichResult();
        try
        {
            while (queue.TryDequeue(out var batch))
            {
                var fetched = await client.GetAsync(batch.UrlFor(options.ApiUrl), cancellation);
                if (fetched.Feed is not { } feed)
                {
                    if (fetched.Failure is not FetchFailureKind.Refused)
                    {
                        return Finished(result with { StoppedBy = fetched }, papers, outcomes, refused, refusals);
                    }

                    refusals.Add($"{fetched.Problem} (asking about {string.Join(", ", batch.Papers.Select(p => p.Slug))})");
                    refused.UnionWith(batch.Papers.Select(p => p.Slug));
                    answered += batch.Papers.Count;
                    progress?.Report(answered);
                    continue;
                }

                foreach (var outcome in EntryMatcher.Match(batch, feed))
                {
                    if (outcome.Kind == OutcomeKind.AskAlone)
                    {
                        queue.Enqueue(LookupPlanner.Alone(outcome.Paper, options));
                        continue;
                    }

                    store.Save(MetadataStore.For(outcome, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)));
                    outcomes.Add(outcome);
                    progress?.Report(++answered);
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return Finished(result with { Interrupted = true }, papers, outcomes, refused, refusals);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Finished(result with { Unwritable = $"cannot write to {store.Folder}: {e.Message}" }, papers, outcomes, refused, refusals);
        }

        return Finished(result, papers, outcomes, refused, refusals);
    }

    /// <summary>The result, with the papers that have neither a written answer nor a refusal as the ones left unasked.</summary>
    private EnrichResult Finished(EnrichResult result, IReadOnlyList<PaperQuery> papers, List<LookupOutcome> outcomes, HashSet<string> refused, List<string> refusals)
    {
        var done = outcomes.Select(o => o.Paper.Slug).Concat(refused).ToHashSet(StringComparer.Ordinal);
        return result with
        {
            Outcomes = outcomes,
            Refusals = refusals,
            Requests = client.Requests,
            Unasked = papers.Where(p => !done.Contains(p.Slug)).ToList(),
        };
    }
}
