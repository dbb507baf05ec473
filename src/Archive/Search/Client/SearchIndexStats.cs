namespace PaperArchive.Search.Client;

/// <summary>What the search index costs a visitor, measured on a built site: used by <c>archive bench</c>.
/// Query bytes are raw file sizes (before any HTTP compression).</summary>
public sealed record SearchIndexFigures(long IndexBytes, int IndexFiles, long FirstQueryBytes, long NextQueryBytes);

/// <summary>
/// Measures the search index of a built site by replaying what the client downloads for a query: the first query
/// pays for the scripts (<c>assets/js/search/*.js</c>, when the site has them), the manifest, the shards and the result
/// chunks; the next query pays only for the files it needs that the first did not fetch.
/// </summary>
public static class SearchIndexStats
{
    public static SearchIndexFigures Measure(string outputDirectory, string firstQuery, string nextQuery)
    {
        var folder = Path.Combine(outputDirectory, SearchIndexLayout.Folder);
        if (!Directory.Exists(folder))
        {
            return new SearchIndexFigures(0, 0, 0, 0);
        }

        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        var indexBytes = files.Sum(f => new FileInfo(f).Length);
        var replay = new IndexReplay(folder);
        replay.Search(firstQuery);
        var first = replay.BytesRead + ScriptBytes(outputDirectory);
        var before = replay.BytesRead;
        replay.Search(nextQuery);
        return new SearchIndexFigures(indexBytes, files.Length, first, replay.BytesRead - before);
    }

    private static long ScriptBytes(string outputDirectory)
    {
        // The search page's modules (assets/js/search/*.js), all of which a first query loads.
        var modules = Path.Combine(outputDirectory, "assets", "js", "search");
        return Directory.Exists(modules) ? Directory.GetFiles(modules, "*.js").Sum(f => new FileInfo(f).Length) : 0;
    }
}
