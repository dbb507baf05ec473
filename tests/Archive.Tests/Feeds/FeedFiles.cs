using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Diagnostics;
using PaperArchive.Feeds;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>The feed files of one in-memory build, keyed by output path, with the diagnostics it reported.</summary>
public sealed record FeedFiles(IReadOnlyDictionary<string, byte[]> Files, DiagnosticBag Diagnostics)
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string SmallInput => Path.Combine(RepoPaths.TestFiles, "Feeds", "input");

    public static string HostileInput => Path.Combine(RepoPaths.TestFiles, "Hostile", "input");

    public static SiteContent Load(string input, string? baseUrl = null, DiagnosticBag? diagnostics = null) =>
        ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = input, BaseUrl = baseUrl }, diagnostics ?? new DiagnosticBag());

    public static FeedFiles Build(SiteContent content)
    {
        var diagnostics = new DiagnosticBag();
        var files = FeedBuilder.Build(content, diagnostics).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        return new FeedFiles(files, diagnostics);
    }

    public static FeedFiles Build(string input, string? baseUrl = null) => Build(Load(input, baseUrl));

    /// <summary>The content with its papers replaced and one theme holding the papers <paramref name="inTheme"/> picks.
    /// (SiteContent is rebuilt, not copied with <c>with</c>, so that its visible papers are computed again.)</summary>
    public static SiteContent WithTheme(SiteContent content, ResearchTheme theme, IReadOnlyList<Paper> papers)
    {
        var members = papers.Where(p => p.Themes.Contains(theme.Slug)).ToList();
        return new SiteContent(content.Config, content.Catalog.WithPapers(papers), [theme with { Papers = members }], content.Related);
    }

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    public XDocument Xml(string path) => XDocument.Parse(Text(path));

    public JsonDocument Json(string path) => JsonDocument.Parse(Files[path]);

    public IEnumerable<string> FeedPaths() => Files.Keys.Where(p => p != SiteUrls.Opml).Order(StringComparer.Ordinal);
}
