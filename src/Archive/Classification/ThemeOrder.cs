using PaperArchive.Catalog;
using PaperArchive.Text;

namespace PaperArchive.Classification;

/// <summary>The order of papers in a theme: newest added first, then newest published (undated last), then by
/// title and slug, so that the order never depends on input order or threads.</summary>
public sealed class ThemeOrder : IComparer<Paper>
{
    public static ThemeOrder Instance { get; } = new();

    public int Compare(Paper? x, Paper? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byAdded = y.Added.CompareTo(x.Added);
        if (byAdded != 0)
        {
            return byAdded;
        }

        var byPublished = (y.Published ?? DateOnly.MinValue).CompareTo(x.Published ?? DateOnly.MinValue);
        if (byPublished != 0)
        {
            return byPublished;
        }

        var byTitle = string.CompareOrdinal(TitleKey.Of(x.Title), TitleKey.Of(y.Title));
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Slug, y.Slug);
    }
}
