using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Feeds;

/// <summary>
/// Writes the archive's feeds (<c>feed.xml</c> RSS 2.0, <c>atom.xml</c> Atom 1.0, <c>feed.json</c> JSON Feed 1.1)
/// at the site root, the same three in each theme's folder, and <c>feeds.opml</c> listing them all. Each feed holds
/// the <c>feeds.items</c> latest visible papers (<see cref="PaperOrder.LatestThenNewest"/>). Everything that reports a diagnostic happens when this is called,
/// once; the files themselves are made as the caller enumerates them.
/// </summary>
public static class FeedBuilder
{
    /// <summary>Each channel (the archive, each theme) is written as RSS, Atom and JSON Feed.</summary>
    public const int FormatsPerChannel = 3;

    /// <summary>How many feeds <see cref="Build"/> makes for <paramref name="content"/>, <c>feeds.opml</c> aside.</summary>
    public static int FeedCount(SiteContent content) => FormatsPerChannel * (1 + content.Themes.Count);

    public static IEnumerable<OutputFile> Build(SiteContent content, DiagnosticBag diagnostics)
    {
        var config = CleanConfig(content.Config, diagnostics);
        if (config.BaseUrl.Length == 0)
        {
            diagnostics.Warning(DiagnosticIds.FeedBaseUrlMissing, null,
                $"site.yml has no base_url and no --base-url was given, so the feeds use root-relative URLs such as " +
                $"{SiteUrls.Absolute(config.BaseUrl, SiteUrls.Rss)} and {SiteUrls.Absolute(config.BaseUrl, SiteUrls.Paper("<slug>"))}, " +
                "which many feed readers cannot follow; set base_url in site.yml.");
        }

        var themes = content.Themes.Select(t => CleanTheme(t, config.Themes, diagnostics)).ToList();
        var archivePapers = TopItems.Select(content.VisiblePapers, config.Feeds.Items, PaperOrder.LatestThenNewest);
        var themePapers = themes
            .Select(t => TopItems.Select(t.Papers.Where(p => !p.Hidden), config.Feeds.Items, PaperOrder.LatestThenNewest))
            .ToList();

        var themeNames = themes.Where(t => !t.IsOther).GroupBy(t => t.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var items = FeedItemFactory.Build(archivePapers.Concat(themePapers.SelectMany(p => p)), config.BaseUrl, themeNames, diagnostics);

        // A theme without papers still gets feeds (its page links them); they carry the archive's date, not the clock's.
        var archiveUpdated = archivePapers.Count > 0 ? archivePapers[0].Added : DateOnly.FromDayNumber(0);
        var channels = new List<FeedChannel> { ArchiveChannel(config, Items(archivePapers, items), archiveUpdated) };
        channels.AddRange(themes.Select((theme, i) => ThemeChannel(config, theme, Items(themePapers[i], items), archiveUpdated)));
        return Files(config, channels);
    }

    private static IEnumerable<OutputFile> Files(SiteConfig config, IReadOnlyList<FeedChannel> channels)
    {
        foreach (var channel in channels)
        {
            yield return new OutputFile(channel.Links.RssPath, RssWriter.Write(channel));
            yield return new OutputFile(channel.Links.AtomPath, AtomWriter.Write(channel));
            yield return new OutputFile(channel.Links.JsonFeedPath, JsonFeedWriter.Write(channel));
        }

        yield return new OutputFile(SiteUrls.Opml, OpmlWriter.Write($"{config.Title} feeds", config.Author, channels));
    }

    private static FeedChannel ArchiveChannel(SiteConfig config, IReadOnlyList<FeedItem> items, DateOnly updated) =>
        Channel(config, FeedIds.Archive, SiteUrls.Home, config.Title, config.Description, items, updated);

    private static FeedChannel ThemeChannel(SiteConfig config, ResearchTheme theme, IReadOnlyList<FeedItem> items, DateOnly archiveUpdated)
    {
        var description = theme.Description.Length > 0 ? theme.Description : $"Papers on {theme.Name} in {config.Title}.";
        var updated = items.Count > 0 ? items[0].Added : archiveUpdated;
        return Channel(config, FeedIds.Theme(theme.Slug), SiteUrls.Theme(theme.Slug), $"{config.Title}: {theme.Name}", description, items, updated);
    }

    private static FeedChannel Channel(
        SiteConfig config, string id, string folder, string title, string description, IReadOnlyList<FeedItem> items, DateOnly updated)
    {
        string Url(string path) => SiteUrls.Absolute(config.BaseUrl, path);
        var rss = SiteUrls.Feed(folder, SiteUrls.Rss);
        var atom = SiteUrls.Feed(folder, SiteUrls.Atom);
        var json = SiteUrls.Feed(folder, SiteUrls.JsonFeed);
        var links = new FeedLinks(rss, atom, json, Url(rss), Url(atom), Url(json));
        return new FeedChannel(id, title, description, config.Language, config.Author, Url(folder), links, updated, items);
    }

    private static IReadOnlyList<FeedItem> Items(IReadOnlyList<Paper> papers, IReadOnlyDictionary<string, FeedItem> items) =>
        papers.Select(p => items[p.Id]).ToList();

    /// <summary>site.yml text goes into every feed too; YAML escapes can smuggle in control characters.</summary>
    private static SiteConfig CleanConfig(SiteConfig config, DiagnosticBag diagnostics) => config with
    {
        Title = Clean(config.Title, "title", null, diagnostics),
        Description = Clean(config.Description, "description", null, diagnostics),
        Author = Clean(config.Author, "author", null, diagnostics),
        Language = Clean(config.Language, "language", null, diagnostics),
    };

    private static ResearchTheme CleanTheme(ResearchTheme theme, IReadOnlyList<ThemeDefinition> definitions, DiagnosticBag diagnostics)
    {
        var location = definitions.FirstOrDefault(d => d.Slug == theme.Slug)?.Location;
        return theme with
        {
            Name = Clean(theme.Name, $"name of theme '{theme.Slug}'", location, diagnostics),
            Description = Clean(theme.Description, $"description of theme '{theme.Slug}'", location, diagnostics),
        };
    }

    private static string Clean(string text, string setting, SourceLocation? location, DiagnosticBag diagnostics)
    {
        var (clean, removed) = XmlSafeText.Strip(text);
        if (removed.Count > 0)
        {
            diagnostics.Warning(DiagnosticIds.FeedControlCharacters, location,
                $"the {setting} in site.yml contains control characters that XML does not allow ({string.Join(", ", removed.Distinct())}); the feeds leave them out.");
        }

        return clean;
    }
}
