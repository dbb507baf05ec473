namespace PaperArchive.Site.Pages;

/// <summary>
/// Where a page stands in a paginated list. A list's numbered pages count from its oldest papers (<c>page/1/</c> holds
/// the 50 oldest) and its root holds the newest 50 to 99, so a numbered page keeps its address and its papers when newer
/// papers arrive: nothing here depends on newer papers except on the root (<see cref="IsNewest"/>), the one page of a
/// list that changes. <see cref="Previous"/> (rel=prev) is the newer page and <see cref="Next"/> (rel=next) the older,
/// as reading order goes from the root.
/// </summary>
public sealed record Pagination
{
    public const int PageSize = 50;

    /// <summary>The page's number counting from the oldest; the root's is the list's number of pages.</summary>
    public required int Current { get; init; }

    /// <summary>The list's number of pages, on its root; null on a numbered page, which must not depend on newer papers.</summary>
    public int? Total { get; init; }

    /// <summary>The newer page (rel=prev), or null on the root.</summary>
    public string? Previous { get; init; }

    /// <summary>The older page (rel=next), or null on the oldest.</summary>
    public string? Next { get; init; }

    /// <summary>The root, which holds the newest papers.</summary>
    public required string First { get; init; }

    /// <summary>Page 1, which holds the oldest papers (the root when the list has one page).</summary>
    public required string Last { get; init; }

    /// <summary>True when the list has more than one page.</summary>
    public required bool IsPaged { get; init; }

    public bool IsNewest => Previous is null;

    public bool IsOldest => Next is null;

    /// <summary>The root, unless this is it.</summary>
    public string? Newest => IsNewest ? null : First;

    /// <summary>Page 1, unless this is it.</summary>
    public string? Oldest => IsOldest ? null : Last;

    /// <summary>Where the page is, in words that do not change as the list grows.</summary>
    public string Label => IsNewest ? "Newest papers" : $"Page {Current}, counting from the oldest";

    /// <summary>How many numbered pages a list of <paramref name="items"/> papers has: its full pages of 50 but one,
    /// which the root holds with the newest remainder (so the root holds 50 to 99 papers, or all of fewer than 100).</summary>
    public static int NumberedPages(int items) => Math.Max(1, items / PageSize) - 1;

    /// <summary>The root of a list whose first path is <paramref name="root"/> and which has
    /// <paramref name="numbered"/> numbered pages.</summary>
    public static Pagination Root(string root, int numbered) => new()
    {
        Current = numbered + 1,
        Total = numbered + 1,
        Next = numbered > 0 ? SiteUrls.Page(root, numbered) : null,
        First = root,
        Last = numbered > 0 ? SiteUrls.Page(root, 1) : root,
        IsPaged = numbered > 0,
    };

    /// <summary>Numbered page <paramref name="page"/>; <paramref name="newest"/> says whether it is the newest numbered
    /// page, whose newer page is the root.</summary>
    public static Pagination Numbered(string root, int page, bool newest) => new()
    {
        Current = page,
        Previous = newest ? root : SiteUrls.Page(root, page + 1),
        Next = page > 1 ? SiteUrls.Page(root, page - 1) : null,
        First = root,
        Last = SiteUrls.Page(root, 1),
        IsPaged = true,
    };
}
