using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PaperArchive.Text;

namespace PaperArchive.Enrichment;

/// <summary>
/// Reads the Atom feed arXiv's query API answers with, in both of the forms it has used (namespaces declared on each
/// element before 2025, on the root after). Never throws on bad text: it says what is wrong instead.
/// </summary>
internal static class ArxivFeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Reads the bytes of an answer; the XML declaration (UTF-8 when it names none) gives their encoding.</summary>
    /// <returns>The feed, or null with <paramref name="problem"/> saying why the answer is not one.</returns>
    public static ArxivFeed? Read(byte[] answer, out string? problem)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(answer, writable: false), Settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            problem = $"the answer is not XML ({e.Message})";
            return null;
        }

        if (document.Root is not { } feed || feed.Name != Atom + "feed")
        {
            problem = $"the answer is XML but not an Atom feed (its root is <{document.Root?.Name.LocalName}>)";
            return null;
        }

        problem = null;
        var entries = new List<ArxivEntry>();
        string? error = null;
        foreach (var element in feed.Elements(Atom + "entry"))
        {
            var id = Text(element, Atom + "id") ?? string.Empty;
            if (id.Contains("/api/errors", StringComparison.Ordinal))
            {
                error = Text(element, Atom + "summary") ?? id;
            }
            else if (ReadEntry(element, id) is { } entry)
            {
                entries.Add(entry);
            }
        }

        var total = int.TryParse(Text(feed, OpenSearch + "totalResults"), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : entries.Count;
        return new ArxivFeed(entries, error is null ? Math.Max(total, entries.Count) : 0, error);
    }

    private static ArxivEntry? ReadEntry(XElement element, string idUrl)
    {
        if (ArxivIdentifier.FromAbsUrl(idUrl) is not { } id)
        {
            return null;
        }

        var categories = element.Elements(Atom + "category")
            .Select(c => (string?)c.Attribute("term"))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ArxivEntry
        {
            Id = id.Id,
            Version = id.Version,
            Title = Text(element, Atom + "title") ?? string.Empty,
            Authors = element.Elements(Atom + "author").Select(a => Text(a, Atom + "name")).OfType<string>().ToList(),
            Published = Day(Text(element, Atom + "published")),
            Updated = Day(Text(element, Atom + "updated")),
            PrimaryCategory = (string?)element.Element(Arxiv + "primary_category")?.Attribute("term"),
            Categories = categories,
            PdfUrl = PdfLink(element),
            Doi = Text(element, Arxiv + "doi"),
            JournalRef = Text(element, Arxiv + "journal_ref"),
            Comment = Text(element, Arxiv + "comment"),
            Abstract = Text(element, Atom + "summary"),
        };
    }

    private static string? PdfLink(XElement entry) =>
        entry.Elements(Atom + "link")
            .Where(l => (string?)l.Attribute("title") == "pdf" || (string?)l.Attribute("type") == "application/pdf")
            .Select(l => (string?)l.Attribute("href"))
            .FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));

    /// <summary>The element's text with every run of white space (the API's line breaks included) made one space; null when absent or blank.</summary>
    private static string? Text(XElement parent, XName name) =>
        parent.Element(name) is { } element && WhiteSpace.Collapse(element.Value) is { Length: > 0 } text ? text : null;

    private static DateOnly? Day(string? timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? DateOnly.FromDateTime(time.UtcDateTime)
            : null;
}
