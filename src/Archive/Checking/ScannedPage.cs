namespace PaperArchive.Checking;

/// <summary>A 1-based line and column in an HTML file.</summary>
internal readonly record struct PagePosition(int Line, int Column)
{
    public static PagePosition Start { get; } = new(1, 1);
}

/// <summary>A URL in an attribute (<c>a href</c>, <c>img src</c>, one candidate of a <c>srcset</c>...).</summary>
internal sealed record PageReference(string Element, string Attribute, string Value, PagePosition Position);

/// <summary>An <c>id</c> or <c>&lt;a name&gt;</c> a fragment can point to.</summary>
internal sealed record PageAnchor(string Name, PagePosition Position);

/// <summary>
/// What the checker needs from one HTML page, taken from its DOM so that the DOM itself can be dropped at once:
/// references with their positions, anchors, images without <c>alt</c>, and the head's title and description.
/// </summary>
internal sealed record ScannedPage(
    string Path,
    string? BaseHref,
    IReadOnlyList<PageReference> References,
    IReadOnlyList<PageAnchor> Ids,
    IReadOnlyList<PageAnchor> Names,
    IReadOnlyList<PagePosition> ImagesWithoutAlt,
    bool HasTitle,
    bool HasDescription,
    PagePosition HeadPosition)
{
    /// <summary>URLs in any other element's <c>href</c>, <c>src</c> and the like (<c>area</c>, <c>embed</c>,
    /// <c>video</c>, <c>object data</c>...): not followed, but held to the same rule on schemes.</summary>
    public IReadOnlyList<PageReference> OtherUrls { get; init; } = [];

    /// <summary>Every name a fragment can point to in the page. Interned: most pages share the same few ids, and
    /// these sets are kept until every page is checked.</summary>
    public IReadOnlySet<string> Anchors() =>
        Ids.Concat(Names).Select(a => string.Intern(a.Name)).ToHashSet(StringComparer.Ordinal);
}
