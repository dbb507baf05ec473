using PaperArchive.Catalog;

namespace PaperArchive.Site;

/// <summary>The orders lists show papers in; every one ends on the slug, which is unique, so ties never depend on input order.</summary>
public static class PaperOrder
{
    /// <summary>Newest first by publication date, or by capture date when a paper has none.</summary>
    public static IOrderedEnumerable<Paper> Newest(IEnumerable<Paper> papers) =>
        papers.OrderByDescending(p => p.Published ?? p.Added).ThenByDescending(p => p.Upvotes).ThenBy(p => p.Slug, StringComparer.Ordinal);

    public static IOrderedEnumerable<Paper> ByPublication(IEnumerable<Paper> papers) =>
        papers.OrderByDescending(p => p.Published).ThenByDescending(p => p.Upvotes).ThenBy(p => p.Slug, StringComparer.Ordinal);

    public static IOrderedEnumerable<Paper> ByUpvotes(IEnumerable<Paper> papers) =>
        papers.OrderByDescending(p => p.Upvotes).ThenBy(p => p.Slug, StringComparer.Ordinal);

    /// <summary>The newest additions: latest capture day first, most upvoted first within a day.</summary>
    public static IOrderedEnumerable<Paper> Latest(IEnumerable<Paper> papers) =>
        papers.OrderByDescending(p => p.Added).ThenByDescending(p => p.Upvotes).ThenBy(p => p.Slug, StringComparer.Ordinal);
}
