using PaperArchive.Listings;

namespace PaperArchive.Catalog;

/// <summary>Every paper of the archive, ordered by slug, with the listings they came from.</summary>
public sealed class PaperCatalog
{
    private readonly Dictionary<string, Paper> _bySlug;

    public PaperCatalog(IReadOnlyList<Paper> papers, IReadOnlyList<Listing> listings)
    {
        Papers = papers;
        Listings = listings;
        _bySlug = papers.ToDictionary(p => p.Slug, StringComparer.Ordinal);
    }

    public IReadOnlyList<Paper> Papers { get; }

    public IReadOnlyList<Listing> Listings { get; }

    public Paper? FindBySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    public PaperCatalog WithPapers(IReadOnlyList<Paper> papers) => new(papers, Listings);
}
