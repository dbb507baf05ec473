namespace PaperArchive.Enrichment;

/// <summary>Why a request to arXiv gave no feed.</summary>
public enum FetchFailureKind
{
    /// <summary>The host cannot be reached at all (no network, no name resolution): nothing further can be asked.</summary>
    Offline,

    /// <summary>arXiv answered 5xx, 429 or nothing in time, on every try: it is down or overloaded; ask later.</summary>
    Unavailable,

    /// <summary>arXiv refused the question (4xx, an error feed) or answered with something that is not a feed.</summary>
    Refused,
}

/// <summary>What one request gave: a feed, or why not, in a sentence for the curator.</summary>
public sealed record FetchResult(ArxivFeed? Feed, FetchFailureKind? Failure, string? Problem)
{
    public static FetchResult Of(ArxivFeed feed) => new(feed, null, null);

    public static FetchResult Failed(FetchFailureKind kind, string problem) => new(null, kind, problem);
}
