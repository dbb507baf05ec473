using PaperArchive.Catalog;

namespace PaperArchive.Classification;

/// <summary>Finds related papers. (Placeholder: none.)</summary>
public static class RelatedPaperFinder
{
    public const int Count = 5;

    public static RelatedPapers Find(PaperCatalog catalog) => RelatedPapers.None;
}
