namespace PaperArchive.Enrichment;

/// <summary>How <c>archive enrich</c> asks arXiv. <see cref="Default"/> is what arXiv's API terms ask of a client.</summary>
public sealed record EnrichOptions
{
    public static EnrichOptions Default { get; } = new();

    public const string DefaultApiUrl = "https://export.arxiv.org/api/query";

    /// <summary>Names the tool to arXiv, as its API terms ask.</summary>
    public const string UserAgent = "PaperArchive-enrich/1.0 (archive enrich: arXiv metadata for a static paper archive)";

    public Uri ApiUrl { get; init; } = new(DefaultApiUrl);

    /// <summary>Time from the start of one request to the start of the next; arXiv asks for 3 seconds.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>At most this many papers are asked about in one run; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>Ask again about papers the metadata folder already has an answer for.</summary>
    public bool Refresh { get; init; }

    /// <summary>How long one request may take before it counts as a timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Tries after the first one, for answers 5xx and 429, timeouts and dropped connections.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The wait before the first retry, doubled for each further one; null for the delay between requests (at least a second).</summary>
    public TimeSpan? Backoff { get; init; }

    /// <summary>arXiv answers an id list of any length; 50 ids keep the URL short.</summary>
    public int IdsPerRequest { get; init; } = 50;

    /// <summary>Several titles are asked in one search (<c>ti:"…" OR ti:"…"</c>): a fifth of the requests, same answers.</summary>
    public int TitlesPerRequest { get; init; } = 5;

    /// <summary>Entries asked for each title in a search; a title with more near namesakes is asked again on its own.</summary>
    public int ResultsPerTitle { get; init; } = 10;

    /// <summary>Entries asked for a title asked on its own.</summary>
    public int ResultsForOneTitle { get; init; } = 50;

    public TimeSpan FirstBackoff => Backoff ?? (Delay > TimeSpan.FromSeconds(1) ? Delay : TimeSpan.FromSeconds(1));
}
