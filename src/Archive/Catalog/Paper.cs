namespace PaperArchive.Catalog;

/// <summary>One paper of the archive, merged from every listing that shows it.</summary>
public sealed record Paper
{
    /// <summary>Derived from the normalised title only, so it never changes with file order, other papers or the clock.</summary>
    public required string Id { get; init; }

    /// <summary>Readable ASCII URL segment, unique in the archive.</summary>
    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>The longest abstract any listing showed; null when none showed one (an arXiv listing has none).</summary>
    public string? Abstract { get; init; }

    /// <summary>The number of authors: the number of names when names are known, else a count a listing showed, else null.</summary>
    public int? Authors { get; init; }

    /// <summary>The authors' names in order, as the first listing that names them shows them; empty when unknown.</summary>
    public IReadOnlyList<string> AuthorNames { get; init; } = [];

    public string? Organization { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>The earliest capture date among the listings that show the paper.</summary>
    public required DateOnly Added { get; init; }

    /// <summary>The highest upvote count any listing showed; null when none showed a count.</summary>
    public int? Upvotes { get; init; }

    /// <summary>The slugs of the research themes the paper belongs to, in the order site.yml defines them.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    public required IReadOnlyList<PaperSource> Sources { get; init; }

    /// <summary>True when a curator override hides the paper from the site; it stays in the catalog.</summary>
    public bool Hidden { get; init; }

    /// <summary>The curator's note from <c>input/papers/&lt;slug&gt;.md</c>, as Markdown, or null.</summary>
    public string? Note { get; init; }

    /// <summary>The arXiv identifier (2410.05434) when a listing linked the paper or <c>archive enrich</c> found it, otherwise null.</summary>
    public string? ArxivId { get; init; }

    /// <summary>arXiv's record of the paper from <c>input/metadata/</c> (version, categories, PDF, DOI...), or null.</summary>
    public Enrichment.ArxivEntry? Arxiv { get; init; }
}
