namespace PaperArchive.Catalog;

/// <summary>
/// Every order the site shows papers in, in one place. Each compares a few dates and counts and then the slug, which
/// is unique, so no order ever depends on input order or threads; themes are put in <see cref="Newest"/> order once,
/// by classification, and shown as they are. "Newest" goes by publication date, "latest" by the day a listing added
/// the paper to the archive.
/// </summary>
internal static class PaperOrder
{
    /// <summary>Newest publication first (a paper without one counts its capture day), then most upvoted: the list of
    /// all papers, each theme's, each month's.</summary>
    public static IComparer<Paper> Newest { get; } = By((a, b) => Later(a.Published ?? a.Added, b.Published ?? b.Added), MoreUpvoted);

    /// <summary>Latest capture day first, then most upvoted: the home page's latest additions.</summary>
    public static IComparer<Paper> Latest { get; } = By((a, b) => Later(a.Added, b.Added), MoreUpvoted);

    /// <summary>Latest capture day first, then newest publication (undated last), then title: the feeds, whose readers
    /// show the newest items first.</summary>
    public static IComparer<Paper> LatestThenNewest { get; } = By(
        (a, b) => Later(a.Added, b.Added),
        (a, b) => Nullable.Compare(b.Published, a.Published),
        (a, b) => string.CompareOrdinal(a.Title, b.Title));

    /// <summary>Most upvoted first: the papers of one capture day, and the undated papers.</summary>
    public static IComparer<Paper> MostUpvoted { get; } = By(MoreUpvoted);

    private static int Later(DateOnly a, DateOnly b) => b.CompareTo(a);

    /// <summary>An unknown count sorts below every known one, 0 included.</summary>
    private static int MoreUpvoted(Paper a, Paper b) => Nullable.Compare(b.Upvotes, a.Upvotes);

    private static IComparer<Paper> By(params Comparison<Paper>[] keys) => Comparer<Paper>.Create((a, b) =>
    {
        foreach (var key in keys)
        {
            var order = key(a, b);
            if (order != 0)
            {
                return order;
            }
        }

        return string.CompareOrdinal(a.Slug, b.Slug);
    });
}
