namespace PaperArchive.Enrichment;

/// <summary>A paper to ask arXiv about: by its arXiv id when the catalog knows one, otherwise by its title.</summary>
public sealed record PaperQuery(string Slug, string Title, string? ArxivId);

public enum LookupKind
{
    /// <summary><c>id_list=a,b,c</c>: exact, many ids in one request.</summary>
    ById,

    /// <summary><c>search_query=ti:"…" OR ti:"…"</c>: a phrase search on the title field, several titles in one request.</summary>
    ByTitle,
}

/// <summary>The papers one request asks about, and the URL of that request.</summary>
public sealed record LookupBatch(LookupKind Kind, IReadOnlyList<PaperQuery> Papers, int MaxResults)
{
    public Uri UrlFor(Uri api)
    {
        var query = Kind == LookupKind.ById
            ? $"id_list={string.Join(',', Papers.Select(p => Uri.EscapeDataString(p.ArxivId!)))}"
            : $"search_query={Uri.EscapeDataString(string.Join(" OR ", Papers.Select(p => $"ti:\"{ArxivTitle.SearchPhrase(p.Title)}\"")))}";
        return new Uri($"{api.GetLeftPart(UriPartial.Path)}?{query}&start=0&max_results={MaxResults}");
    }
}
