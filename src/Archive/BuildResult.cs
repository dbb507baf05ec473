using PaperArchive.Catalog;
using PaperArchive.Output;

namespace PaperArchive;

/// <summary>What a build produced: the catalog (when the input could be read), what was written, and the time each stage took.</summary>
public sealed record BuildResult(PaperCatalog? Catalog, WriteSummary? Written, IReadOnlyList<StageTiming> Stages)
{
    public bool Succeeded => Written is not null;

    /// <summary>Paper pages (with their <c>cite.bib</c>) not built again because the render cache showed them unchanged
    /// since the last build.</summary>
    public int KeptPages { get; init; }

    /// <summary>Other pages (lists, indexes, the home page) whose model was unchanged since the last build, so they
    /// were not rendered again.</summary>
    public int KeptOtherPages { get; init; }

    /// <summary>Segments of the search index whose files were kept because their papers did not change.</summary>
    public int KeptSearchSegments { get; init; }

    /// <summary>Listings read back as the last build parsed them (their bytes and settings unchanged), not parsed again.</summary>
    public int KeptListings { get; init; }

    /// <summary>How many feeds (RSS, Atom and JSON Feed files) the site has.</summary>
    public int Feeds { get; init; }
}

/// <summary>How long one pipeline stage took and how many things it produced.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, int Count);
