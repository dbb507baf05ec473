namespace PaperArchive.Search;

/// <summary>English words too common to narrow a search; they are not indexed and are ignored in queries.
/// The build writes the list into the index manifest for the search page (docs/search-index.md).</summary>
public static class StopWords
{
    public const string List =
        "a an and are as at be been but by can do does for from had has have he her his how i if in into is it its " +
        "not of on or our she so such than that the their them then there these they this those to was we were what " +
        "when where which while who will with you your";

    private static readonly HashSet<string> Words = new(List.Split(' '), StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
