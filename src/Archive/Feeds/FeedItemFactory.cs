using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Site;

namespace PaperArchive.Feeds;

/// <summary>Turns each paper a feed shows into a <see cref="FeedItem"/>, once, however many feeds list it.</summary>
internal static class FeedItemFactory
{
    /// <summary>Items keyed by paper id. A paper whose text had to be cleaned is reported once, at its first listing line.</summary>
    public static IReadOnlyDictionary<string, FeedItem> Build(
        IEnumerable<Paper> papers, string baseUrl, IReadOnlyDictionary<string, string> themeNames, DiagnosticBag diagnostics)
    {
        var items = new Dictionary<string, FeedItem>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            if (!items.ContainsKey(paper.Id))
            {
                items.Add(paper.Id, From(paper, baseUrl, themeNames, diagnostics));
            }
        }

        return items;
    }

    public static FeedItem From(Paper paper, string baseUrl, IReadOnlyDictionary<string, string> themeNames, DiagnosticBag diagnostics)
    {
        var (title, titleRemoved) = XmlSafeText.Strip(paper.Title);
        var (summary, summaryRemoved) = XmlSafeText.Strip(paper.Abstract ?? string.Empty);
        // Names come from listings and arXiv alike; a character XML forbids is dropped from a name without a warning
        // of its own, since the title and abstract of the same paper are reported.
        var authors = paper.AuthorNames.Select(name => XmlSafeText.Strip(name).Text).Where(name => name.Length > 0).ToList();
        if (titleRemoved.Count + summaryRemoved.Count > 0)
        {
            ReportRemoved(paper, title, titleRemoved, summaryRemoved, diagnostics);
        }

        // "Other" is where unmatched papers wait, not a subject: it is no category.
        var categories = paper.Themes
            .Where(themeNames.ContainsKey)
            .Select(slug => new FeedCategory(slug, themeNames[slug]))
            .ToList();
        return new FeedItem(
            FeedIds.Paper(paper.Id),
            title,
            SiteUrls.Absolute(baseUrl, SiteUrls.Paper(paper.Slug)),
            summary,
            categories,
            paper.Added,
            paper.Published,
            paper.ArxivId is { } arxiv ? $"https://arxiv.org/abs/{Uri.EscapeDataString(arxiv).Replace("%2F", "/", StringComparison.Ordinal)}" : null)
        {
            Authors = authors,
        };
    }

    private static void ReportRemoved(
        Paper paper, string cleanTitle, IReadOnlyList<string> titleRemoved, IReadOnlyList<string> summaryRemoved, DiagnosticBag diagnostics)
    {
        var (fields, verb) = (titleRemoved.Count > 0, summaryRemoved.Count > 0) switch
        {
            (true, true) => ("title and abstract", "contain"),
            (true, false) => ("title", "contains"),
            _ => ("abstract", "contains"),
        };
        var characters = string.Join(", ", titleRemoved.Concat(summaryRemoved).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var location = paper.Sources.Count > 0 ? new SourceLocation(paper.Sources[0].File, paper.Sources[0].Line) : (SourceLocation?)null;
        diagnostics.Warning(DiagnosticIds.FeedControlCharacters, location,
            $"the {fields} of \"{cleanTitle}\" {verb} control characters that XML does not allow ({characters}); the feeds leave them out.");
    }
}
