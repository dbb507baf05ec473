namespace PaperArchive.Enrichment;

/// <summary>What one run of <c>archive enrich</c> learned and wrote, and why it stopped early, if it did.</summary>
public sealed record EnrichResult
{
    public IReadOnlyList<LookupOutcome> Outcomes { get; init; } = [];

    /// <summary>Requests sent, retries included.</summary>
    public int Requests { get; init; }

    /// <summary>Papers left unasked because the run stopped early.</summary>
    public IReadOnlyList<PaperQuery> Unasked { get; init; } = [];

    /// <summary>Questions arXiv refused (a run goes on past them), one sentence each.</summary>
    public IReadOnlyList<string> Refusals { get; init; } = [];

    /// <summary>Why the run stopped before asking everything (offline, arXiv down, a file not writable), or null.</summary>
    public FetchResult? StoppedBy { get; init; }

    public string? Unwritable { get; init; }

    public bool Interrupted { get; init; }

    public int Count(OutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);
}
