namespace PaperArchive.Feeds;

/// <summary>
/// One feed (the archive's or a theme's) with everything its RSS, Atom and JSON Feed files say. <see cref="Updated"/>
/// is the newest item's date, so rebuilding the same input never changes it.
/// </summary>
internal sealed record FeedChannel(
    string Id,
    string Title,
    string Description,
    string Language,
    string Author,
    string HomePageUrl,
    FeedLinks Links,
    DateOnly Updated,
    IReadOnlyList<FeedItem> Items);

/// <summary>The output paths of a channel's three files and their URLs (absolute under the base URL).</summary>
internal sealed record FeedLinks(string RssPath, string AtomPath, string JsonFeedPath, string RssUrl, string AtomUrl, string JsonFeedUrl);
