using System.Security;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using PaperArchive.Text;

namespace PaperArchive.Tests.Support;

/// <summary>
/// Answers arXiv's query API from a set of real arXiv records (<c>TestFiles/Arxiv/shipped/</c>: entries of arXiv's API
/// kept as JSON by another project), in the Atom form the API uses now: <c>id_list</c> by id, and
/// <c>ti:"…" OR ti:"…"</c> as phrase searches on the title, as arXiv's search does. Only what a record holds is sent:
/// no dates, categories or PDF link, which the records do not have.
/// </summary>
public sealed partial class ArxivRecords
{
    public sealed record Record(string Url, string Title, IReadOnlyList<string> Authors, string? Abstract)
    {
        public string Id => AbsUrl().Match(Url).Groups["id"].Value;
    }

    private ArxivRecords(IReadOnlyList<Record> records) => All = records;

    public IReadOnlyList<Record> All { get; }

    public static ArxivRecords Load(string folder) => new(Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(file =>
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var root = json.RootElement;
        return new Record(
            root.GetProperty("url").GetString()!,
            root.GetProperty("title").GetString()!,
            root.GetProperty("authors").GetString()!.Split(", "),
            root.TryGetProperty("abstract", out var summary) ? summary.GetString() : null);
    }).ToList());

    public async Task Answer(HttpContext context)
    {
        var query = context.Request.Query;
        var max = int.TryParse(query["max_results"], out var m) ? m : 10;
        var found = query["id_list"].ToString() is { Length: > 0 } ids
            ? All.Where(r => ids.Split(',').Contains(r.Id)).ToList()
            : Search(query["search_query"].ToString());
        context.Response.ContentType = "application/atom+xml";
        await context.Response.WriteAsync(Feed(found.Take(max).ToList(), found.Count, max));
    }

    private List<Record> Search(string searchQuery)
    {
        var phrases = Phrase().Matches(searchQuery).Select(p => Words(p.Groups["phrase"].Value)).ToList();
        return All.Where(r => phrases.Any(p => (" " + Words(r.Title) + " ").Contains(" " + p + " ", StringComparison.Ordinal))).ToList();
    }

    private static string Words(string text) => string.Join(' ', TextFolding.Words(text));

    private static string Feed(IReadOnlyList<Record> records, int total, int max)
    {
        var feed = new StringBuilder();
        feed.Append("<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n");
        feed.Append($"  <opensearch:itemsPerPage>{max}</opensearch:itemsPerPage>\n  <opensearch:totalResults>{total}</opensearch:totalResults>\n  <opensearch:startIndex>0</opensearch:startIndex>\n");
        foreach (var record in records)
        {
            feed.Append($"  <entry>\n    <id>{Xml(record.Url)}</id>\n    <title>{Xml(record.Title)}</title>\n");
            if (record.Abstract is { } summary)
            {
                feed.Append($"    <summary>{Xml(summary)}</summary>\n");
            }

            foreach (var author in record.Authors)
            {
                feed.Append($"    <author>\n      <name>{Xml(author)}</name>\n    </author>\n");
            }

            feed.Append("  </entry>\n");
        }

        return feed.Append("</feed>\n").ToString();
    }

    private static string Xml(string text) => SecurityElement.Escape(text);

    [GeneratedRegex(@"ti:""(?<phrase>[^""]*)""")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"/abs/(?<id>.+)v\d+$")]
    private static partial Regex AbsUrl();
}
