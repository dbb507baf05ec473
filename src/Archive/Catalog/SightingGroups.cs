using PaperArchive.Text;

namespace PaperArchive.Catalog;

/// <summary>
/// Decides which sightings are the same paper. The arXiv id is the stronger key: two entries with one id are one
/// paper even when a listing spells the title slightly differently. The normalised title joins the rest, so an entry
/// without an id joins the paper that has one. Keys are joined transitively (union-find), in sighting order.
/// </summary>
internal static class SightingGroups
{
    /// <summary>The groups, each in sighting order, ordered by their first sighting.</summary>
    public static IEnumerable<IReadOnlyList<Sighting>> Of(IReadOnlyList<Sighting> sightings)
    {
        var parent = Enumerable.Range(0, sightings.Count).ToArray();
        var firstByKey = new Dictionary<string, int>(StringComparer.Ordinal);

        // Folding a title is the costly part and depends on nothing else, so the keys are made on all cores first.
        var keys = new string[sightings.Count][];
        Parallel.For(0, sightings.Count, i => keys[i] = KeysOf(sightings[i]).ToArray());
        for (var i = 0; i < sightings.Count; i++)
        {
            foreach (var key in keys[i])
            {
                if (firstByKey.TryGetValue(key, out var first))
                {
                    Union(parent, first, i);
                }
                else
                {
                    firstByKey[key] = i;
                }
            }
        }

        return Enumerable.Range(0, sightings.Count)
            .GroupBy(i => Find(parent, i))
            .OrderBy(g => g.Min())
            .Select(g => (IReadOnlyList<Sighting>)g.Order().Select(i => sightings[i]).ToList());
    }

    private static IEnumerable<string> KeysOf(Sighting sighting)
    {
        yield return "title:" + TitleKey.Of(sighting.Entry.Title);
        if (sighting.Entry.ArxivId is { } id)
        {
            yield return "arxiv:" + id;
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>The smaller index stays the root, so a group's root is always its first sighting.</summary>
    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
