using System.Globalization;
using System.Text.Json;
using PaperArchive.Text;

namespace PaperArchive.Listings.PapersApi;

/// <summary>
/// Reads one element of a papers API response: a daily-list entry (<c>{"paper": {…}, "title", "publishedAt", …}</c>)
/// or a bare paper object (<c>/api/papers/{id}</c>, search results), or a scraper's card object that names its paper
/// by link. Only fields the object has are set; the machine-written <c>ai_summary</c> is never taken for the abstract,
/// nor a scraper's <c>details.abstract</c> (the page's comment as often as the abstract), nor a list of plain strings
/// for the authors (a scraper's first few names and user handles, not the author list).
/// </summary>
internal static class ApiPaperObject
{
    public static ApiPaper? Read(JsonElement element, int line)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var outer = element.TryGetProperty("paper", out var inner) && inner.ValueKind == JsonValueKind.Object ? element : (JsonElement?)null;
        var paper = outer is null ? element : inner;
        var title = Text(paper, "title") ?? (outer is { } o ? Text(o, "title") : null);
        var rawId = Text(paper, "id") ?? LinkedId(element);
        if (title is null || rawId is null)
        {
            return null;
        }

        return new ApiPaper(
            line,
            ArxivId.Normalize(rawId),
            rawId,
            title,
            Text(paper, "summary") ?? (outer is { } s ? Text(s, "summary") : null),
            AuthorNames(paper),
            Organization(paper) ?? (outer is { } org ? Organization(org) : null),
            paper.TryGetProperty("upvotes", out var upvotes) && upvotes.ValueKind == JsonValueKind.Number && upvotes.TryGetInt32(out var count) && count >= 0 ? count : null,
            Day(paper, "publishedAt"),
            Day(paper, "submittedOnDailyAt") ?? (outer is { } d ? Day(d, "submittedOnDailyAt") : null),
            Day(element, "scraped_date") ?? Day(element, "scraped_at"));
    }

    /// <summary>Scrapers that keep the page's cards as JSON name a paper by its link, not its id
    /// (<c>"paper_url": "https://huggingface.co/papers/2512.02807"</c>, or <c>arxiv_page_url</c> under <c>details</c>).</summary>
    private static string? LinkedId(JsonElement element)
    {
        string[] names = ["paper_url", "page_url", "url", "arxiv_page_url", "arxiv_url"];
        var holders = element.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Object ? [element, details] : new[] { element };
        return holders.SelectMany(h => names.Select(n => Text(h, n))).OfType<string>()
            .Select(url => ArxivId.IsPaperUrl(url) ? ArxivId.FromUrl(url) : null)
            .FirstOrDefault(id => id is not null);
    }

    /// <summary>A string property with its white space collapsed (API titles and abstracts keep arXiv's hard wraps), or
    /// null when missing, not a string or blank.</summary>
    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = WhiteSpace.Collapse(value.GetString()!);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The names of the authors the page shows (a <c>hidden</c> author is not shown).</summary>
    private static IReadOnlyList<string> AuthorNames(JsonElement paper)
    {
        if (!paper.TryGetProperty("authors", out var authors) || authors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return authors.EnumerateArray()
            .Where(a => a.ValueKind == JsonValueKind.Object && !(a.TryGetProperty("hidden", out var hidden) && hidden.ValueKind == JsonValueKind.True))
            .Select(a => Text(a, "name"))
            .OfType<string>()
            .ToList();
    }

    private static string? Organization(JsonElement element) =>
        element.TryGetProperty("organization", out var organization) && organization.ValueKind == JsonValueKind.Object
            ? Text(organization, "fullname") ?? Text(organization, "name")
            : null;

    /// <summary>The UTC day of an ISO 8601 time stamp.</summary>
    private static DateOnly? Day(JsonElement element, string name) =>
        Text(element, name) is { } text &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? DateOnly.FromDateTime(time.UtcDateTime)
            : null;
}
