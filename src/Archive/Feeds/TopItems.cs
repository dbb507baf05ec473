namespace PaperArchive.Feeds;

/// <summary>
/// The first <c>count</c> elements of a sequence in a given order, without sorting the whole sequence: a heap
/// keeps the best <c>count</c> seen so far (O(n log count)), which matters with 100,000 papers and ~16 feeds.
/// </summary>
internal static class TopItems
{
    public static IReadOnlyList<T> Select<T>(IEnumerable<T> source, int count, IComparer<T> order)
    {
        if (count <= 0)
        {
            return [];
        }

        // The heap's root is the worst element kept, so it is the one a better newcomer replaces.
        var worstFirst = Comparer<T>.Create((a, b) => order.Compare(b, a));
        var kept = new PriorityQueue<T, T>(worstFirst);
        foreach (var element in source)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(element, element);
            }
            else if (order.Compare(element, kept.Peek()) < 0)
            {
                kept.EnqueueDequeue(element, element);
            }
        }

        var result = new List<T>(kept.Count);
        while (kept.TryDequeue(out var element, out _))
        {
            result.Add(element);
        }

        result.Reverse();
        return result;
    }
}
