using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>Splits a group of papers into pages of <see cref="Pagination.PageSize"/>, linked with rel=prev/next.</summary>
internal static class ListPages
{
    /// <param name="kind">What the list is ("papers", "theme", "month", "undated", "added"), for the template.</param>
    /// <param name="section">The navigation section to mark as current.</param>
    /// <param name="feeds">A theme's own feeds (linked in the head and shown on the page); empty for other lists.</param>
    /// <param name="chart">A theme's papers-per-month chart, shown on its first page.</param>
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
        MonthChart? chart = null)
    {
        var papers = group.Papers;
        var total = Pagination.PageCount(papers.Count);
        for (var page = 1; page <= total; page++)
        {
            var number = page;
            var pagePath = SiteUrls.Page(path, page);
            yield return new SitePage(pagePath, Layouts.List, group.LastModified, () =>
            {
                var pagination = Pagination.For(path, number, total);
                var head = heads.Make(pagePath, heading, description, section, pagination);
                if (feeds is { Count: > 0 })
                {
                    head = head with { Feeds = [.. heads.ArchiveFeeds, .. feeds] };
                }

                var start = (number - 1) * Pagination.PageSize;
                var slice = new PaperSlice(papers, start, Math.Min(Pagination.PageSize, papers.Count - start));
                return new ListPage(head, kind, description, slice, papers.Count, trail, feeds ?? [], number == 1 ? chart : null);
            });
        }
    }
}
