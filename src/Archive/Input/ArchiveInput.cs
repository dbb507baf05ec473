using PaperArchive.Configuration;
using PaperArchive.Listings;

namespace PaperArchive.Input;

/// <summary>Everything read from the input folder, before any parsing of listings.</summary>
public sealed record ArchiveInput(string Directory, SiteConfig Config, IReadOnlyList<RawListing> Listings)
{
    /// <summary>The curator's per-paper overrides from <c>papers/*.md</c>, in file-name order.</summary>
    public IReadOnlyList<PaperOverride> Overrides { get; init; } = [];

    /// <summary>What arXiv said about papers, from <c>metadata/*.yml</c> (written by <c>archive enrich</c>), in file-name order.</summary>
    public IReadOnlyList<PaperMetadata> Metadata { get; init; } = [];
}
