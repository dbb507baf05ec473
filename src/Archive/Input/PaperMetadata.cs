using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;

namespace PaperArchive.Input;

/// <summary>What arXiv answered about a paper, the last time <c>archive enrich</c> asked.</summary>
public enum MetadataStatus
{
    Found,
    NotFound,

    /// <summary>Several arXiv papers carry the paper's exact title, so none was taken.</summary>
    Ambiguous,
}

/// <summary>
/// One paper's file in <c>input/metadata/&lt;slug&gt;.yml</c>, written by <c>archive enrich</c> and reviewed in git like
/// any input. The build reads it and never asks arXiv itself.
/// </summary>
public sealed record PaperMetadata(string Slug, SourceLocation Location, MetadataStatus Status)
{
    /// <summary>The title the catalog gave the paper when arXiv was asked (a later listing may change it).</summary>
    public string? PaperTitle { get; init; }

    /// <summary>arXiv's record when <see cref="Status"/> is <see cref="MetadataStatus.Found"/>, otherwise null.</summary>
    public ArxivEntry? Arxiv { get; init; }

    /// <summary>The arXiv ids that share the title, when <see cref="Status"/> is <see cref="MetadataStatus.Ambiguous"/>.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>Where each key of the file is written, for warnings that point at the line.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Lines { get; init; } = new Dictionary<string, SourceLocation>();

    public SourceLocation LocationOf(string key) => Lines.GetValueOrDefault(key, Location);

    /// <summary>The day arXiv was asked, kept for papers it did not (clearly) know, so that a curator can tell a stale answer.</summary>
    public DateOnly? Asked { get; init; }
}
