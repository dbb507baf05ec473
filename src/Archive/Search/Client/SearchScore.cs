namespace PaperArchive.Search.Client;

/// <summary>The BM25-like weight of one posting, as the search page computes it (<c>query.js</c>): a title match
/// weighs more than any number of abstract matches, and abstract occurrences saturate (k1 = 1.2).</summary>
internal static class SearchScore
{
    public const double TitleWeight = 2.0;

    public const double K1 = 1.2;

    public static double Weight(byte code)
    {
        var inAbstract = code & 3;
        var title = (code & Posting.InTitle) != 0 ? TitleWeight : 0;
        return title + (inAbstract == 0 ? 0 : inAbstract * (K1 + 1) / (inAbstract + K1));
    }
}
