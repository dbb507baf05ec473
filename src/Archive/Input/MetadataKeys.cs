namespace PaperArchive.Input;

/// <summary>The keys of a metadata file, in the order <c>archive enrich</c> writes them (docs/enrich.md describes each).</summary>
internal static class MetadataKeys
{
    public const string Paper = "paper";
    public const string Status = "status";
    public const string Asked = "asked";
    public const string Candidates = "candidates";
    public const string Arxiv = "arxiv";
    public const string Version = "version";
    public const string Title = "title";
    public const string Authors = "authors";
    public const string Published = "published";
    public const string Updated = "updated";
    public const string PrimaryCategory = "primary_category";
    public const string OtherCategories = "other_categories";
    public const string Pdf = "pdf";
    public const string Doi = "doi";
    public const string JournalRef = "journal_ref";
    public const string Comment = "comment";
    public const string Abstract = "abstract";

    public const string Found = "found";
    public const string NotFound = "not-found";
    public const string Ambiguous = "ambiguous";

    public static readonly string[] All =
    [
        Paper, Status, Asked, Candidates, Arxiv, Version, Title, Authors, Published, Updated, PrimaryCategory,
        OtherCategories, Pdf, Doi, JournalRef, Comment, Abstract,
    ];
}
