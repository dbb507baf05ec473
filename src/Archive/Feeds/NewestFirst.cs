using PaperArchive.Catalog;

namespace PaperArchive.Feeds;

/// <summary>
/// The feed order: newest addition to the archive first, then the newest publication (undated last), then title,
/// then id, so that the order is total and no two builds can disagree.
/// </summary>
public sealed class NewestFirst : IComparer<Paper>
{
    public static NewestFirst Instance { get; } = new();

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

        var order = y.Added.CompareTo(x.Added);
        if (order == 0)
        {
            order = Nullable.Compare(y.Published, x.Published);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(x.Title, y.Title);
        }

        return order != 0 ? order : string.CompareOrdinal(x.Id, y.Id);
    }
}
