namespace PaperArchive.Enrichment;

public enum OutcomeKind
{
    Found,
    NotFound,

    /// <summary>Several different arXiv papers carry exactly this title: none is taken.</summary>
    Ambiguous,

    /// <summary>A shared search was cut at <c>max_results</c> before this title's paper could show: ask it alone.</summary>
    AskAlone,
}

/// <summary>What one request said about one paper.</summary>
public sealed record LookupOutcome(PaperQuery Paper, OutcomeKind Kind, ArxivEntry? Entry = null)
{
    /// <summary>The arXiv ids of an ambiguous title's namesakes, in arXiv's order.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];
}
