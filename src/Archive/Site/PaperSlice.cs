using System.Collections;
using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>A window onto a shared list, so a page of a long list copies nothing.</summary>
internal sealed class PaperSlice(IReadOnlyList<PaperSummary> papers, int start, int count) : IReadOnlyList<PaperSummary>
{
    public int Count => count;

    public PaperSummary this[int index] =>
        (uint)index < (uint)count ? papers[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<PaperSummary> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return papers[start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
