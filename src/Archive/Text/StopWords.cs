namespace PaperArchive.Text;

/// <summary>
/// The English words that say too little about a text to find or compare it by: one list, with two reaches. Search
/// drops the short <see cref="List"/>, from the index and from queries (the build writes it into the index manifest
/// for the search page: docs/search-index.md). Related papers drop more (<see cref="IsSubjectless"/>): the rarer
/// function words too, and the filler of abstracts ("propose", "novel", "results"), which every paper uses whatever
/// its subject.
/// </summary>
internal static class StopWords
{
    /// <summary>Too common to narrow a search.</summary>
    public const string List =
        "a an and are as at be been but by can do does for from had has have he her his how i if in into is it its " +
        "not of on or our she so such than that the their them then there these they this those to was we were what " +
        "when where which while who will with you your";

    /// <summary>Function words rare enough that a search may as well keep them.</summary>
    private const string MoreFunctionWords =
        "about above across after again against all almost along also although always among another any because " +
        "before being below between both cannot could did doing done down during each either else enough especially " +
        "etc even ever every further having here hers him however itself just less many may might more most much must " +
        "my neither no nor now off often once one only onto other others otherwise ours out over own per perhaps " +
        "rather same several should since some theirs themselves thereby therefore though through thus too toward " +
        "towards two under until up upon us very via well whatever whereas whether whom whose why within without " +
        "would yet";

    /// <summary>What abstracts say about themselves rather than their subject.</summary>
    private const string AbstractFiller =
        "abstract achieve achieves achieving addition additionally approach approaches based better demonstrate " +
        "demonstrates different existing experiment experiments experimental find findings first furthermore given " +
        "high improve improved improves improving including introduce introduces key large method methods moreover " +
        "new novel paper performance present presents propose proposed proposes provide provides recent result " +
        "results shown show shows significant significantly state study studies task tasks use used uses using " +
        "various way ways work works";

    private static readonly HashSet<string> Common = new(List.Split(' '), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonBySpan = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Subjectless = new(
        [.. List.Split(' '), .. MoreFunctionWords.Split(' '), .. AbstractFiller.Split(' ')], StringComparer.Ordinal);

    /// <summary>True for a word of <see cref="List"/>, which search neither indexes nor looks up.</summary>
    public static bool Contains(string word) => Common.Contains(word);

    /// <inheritdoc cref="Contains(string)"/>
    public static bool Contains(ReadOnlySpan<char> word) => CommonBySpan.Contains(word);

    /// <summary>True for a word that says nothing about a paper's subject, which related papers are not compared on.</summary>
    public static bool IsSubjectless(string word) => Subjectless.Contains(word);
}
