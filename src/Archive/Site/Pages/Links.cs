namespace PaperArchive.Site.Pages;

/// <summary>A link to a page of the site. <see cref="Path"/> is relative to the site root; templates write it
/// with the <c>url</c> helper so that it becomes relative to the page being rendered.</summary>
public sealed record LinkItem(string Label, string Path, int Count, string? Description = null)
{
    public string CountText => DateText.Papers(Count);
}

/// <summary>A heading with its links, e.g. a year and its months.</summary>
public sealed record LinkGroup(string Heading, string? Path, int Count, IReadOnlyList<LinkItem> Items)
{
    public string CountText => DateText.Papers(Count);
}

/// <summary>A link to another site (arXiv, Hugging Face, Google Scholar); absolute by nature.</summary>
public sealed record ExternalLink(string Label, string Href);

/// <summary>One entry of the main navigation; <see cref="Current"/> marks the section the page belongs to.</summary>
public sealed record NavItem(string Label, string Path, bool Current);

/// <summary>A feed of the archive or of one theme. <see cref="Path"/> is relative to the site root.</summary>
public sealed record FeedLink(string Title, string Format, string MediaType, string Path);

/// <summary>A <c>&lt;meta&gt;</c> tag: <c>name=</c> for ordinary and citation tags, <c>property=</c> for OpenGraph.</summary>
public sealed record MetaTag(string Name, string Content);

/// <summary>Where a paper was seen: the listing's human title (or file name), its file, and the page of the day it
/// was captured (<see cref="Path"/>, null if the listing is unknown).</summary>
public sealed record SourceLink(string Title, string File, int Line, string? Path);

/// <summary>A theme a paper belongs to, as the paper's chips show it. It has no count: the theme's count changes with
/// every paper added to it, and would change every page that shows one of its papers.</summary>
public sealed record ThemeTag(string Label, string Path);
