using System.Globalization;
using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>
/// Splits a list of papers (in display order, newest first) into its root and numbered pages, linked with rel=prev/next.
/// Numbered pages count from the oldest papers and hold 50 each, the root the newest 50 to 99 (see <see cref="Pagination"/>):
/// so a numbered page, its text, its head and its date for the sitemap depend only on its own papers and stay
/// byte-identical as newer papers arrive.
/// </summary>
internal static class ListPages
{
    /// <param name="kind">What the list is ("papers", "theme", "month", "undated", "added"), for the template.</param>
    /// <param name="section">The navigation section to mark as current.</param>
    /// <param name="description">The root's description (it may count the list's papers).</param>
    /// <param name="numberedDescription">The numbered pages' description, which must not depend on the list's other
    /// papers (no count); <paramref name="description"/> when null.</param>
    /// <param name="feeds">A theme's own feeds (linked in the head and shown on the page); empty for other lists.</param>
    /// <param name="chart">A theme's papers-per-month chart, shown on its root.</param>
    public static IEnumerable<SitePage> Paginate(
        HeadFactory heads,
        string kind,
        string path,
        string heading,
        string section,
        string description,
        PaperGroup group,
        IReadOnlyList<LinkItem> trail,
        IReadOnlyList<FeedLink>? feeds = null,
        MonthChart? chart = null,
        string? numberedDescription = null)
    {
        var papers = group.Papers;
        var numbered = Pagination.NumberedPages(papers.Count);
        var rootCount = papers.Count - (numbered * Pagination.PageSize);
        yield return new SitePage(path, Layouts.List, group.LastModified, () =>
            Page(heads, kind, path, heading, section, description, new PaperSlice(papers, 0, rootCount), papers.Count, trail, feeds, chart,
                Pagination.Root(path, numbered)));

        var stable = numberedDescription ?? description;
        for (var page = numbered; page >= 1; page--)
        {
            var number = page;
            var slice = new PaperSlice(papers, papers.Count - (number * Pagination.PageSize), Pagination.PageSize);
            yield return new SitePage(SiteUrls.Page(path, number), Layouts.List, LastAdded(slice), () =>
                Page(heads, kind, path, heading, section, stable, slice, null, trail, feeds, null,
                    Pagination.Numbered(path, number, newest: number == numbered)));
        }
    }

    /// <summary>The latest capture day among <paramref name="papers"/>, for the sitemap (ISO dates sort as text).</summary>
    private static DateOnly LastAdded(PaperSlice papers) =>
        DateOnly.ParseExact(papers.Select(p => p.AddedIso).Max(StringComparer.Ordinal)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ListPage Page(
        HeadFactory heads,
        string kind,
        string root,
        string heading,
        string section,
        string description,
        PaperSlice papers,
        int? total,
        IReadOnlyList<LinkItem> trail,
        IReadOnlyList<FeedLink>? feeds,
        MonthChart? chart,
        Pagination pagination)
    {
        var path = pagination.IsNewest ? root : SiteUrls.Page(root, pagination.Current);
        var head = heads.Make(path, heading, description, section, pagination);
        if (feeds is { Count: > 0 })
        {
            head = head with { Feeds = [.. heads.ArchiveFeeds, .. feeds] };
        }

        return new ListPage(head, kind, description, papers, total, trail, feeds ?? [], chart);
    }
}
