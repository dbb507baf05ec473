namespace PaperArchive.Site.Pages;

/// <summary>Where a page stands in a paginated list; the paths feed both the visible links and rel=prev/next.</summary>
public sealed record Pagination(int Current, int Total, string? Previous, string? Next, string First, string Last)
{
    public const int PageSize = 50;

    public bool IsPaged => Total > 1;

    public static int PageCount(int items) => Math.Max(1, (items + PageSize - 1) / PageSize);

    public static Pagination For(string firstPath, int page, int total) => new(
        page,
        total,
        page > 1 ? SiteUrls.Page(firstPath, page - 1) : null,
        page < total ? SiteUrls.Page(firstPath, page + 1) : null,
        firstPath,
        SiteUrls.Page(firstPath, total));
}
