namespace PaperArchive.Search;

/// <summary>What the search index costs a visitor, measured on a built site: used by <c>archive bench</c>.</summary>
public sealed record SearchIndexFigures(long IndexBytes, int IndexFiles, long FirstQueryBytes, long NextQueryBytes);

/// <summary>Measures the search index of a built site by replaying what the client downloads for a query.
/// (Placeholder: zeros until the search issue.)</summary>
public static class SearchIndexStats
{
    public static SearchIndexFigures Measure(string outputDirectory, string firstQuery, string nextQuery) => new(0, 0, 0, 0);
}
