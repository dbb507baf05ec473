namespace PaperArchive.Feeds;

/// <summary>
/// Feed and item identifiers. They come from the paper's stable id and the theme slug only, never from the base
/// URL or the order of items, so a feed reader never shows a paper twice after the site moves or is rebuilt.
/// </summary>
internal static class FeedIds
{
    public const string Archive = "urn:paper-archive:feed";

    public static string Theme(string slug) => $"urn:paper-archive:feed:theme:{slug}";

    public static string Paper(string paperId) => $"urn:paper-archive:paper:{paperId}";
}
