using System.Text;

namespace PaperArchive.Search;

/// <summary>
/// The facet groups in the manifest as two compact strings over <see cref="PostingCodec.Alphabet"/>: the theme sets,
/// each a fixed-width bitmask (6 themes a character), and the groups in id order, each three varints (change of
/// theme set from the previous group, zigzag-coded; year index; size - 1). About 3 characters a group instead of a
/// JSON array: at 100,000 papers the facets were most of a first query's bytes.
/// </summary>
internal static class FacetCodec
{
    public static int SetWidth(int themeCount) => Math.Max(1, (themeCount + 5) / 6);

    public static string ThemeSets(IReadOnlyList<IReadOnlyList<int>> sets, int themeCount)
    {
        var width = SetWidth(themeCount);
        var text = new StringBuilder(sets.Count * width);
        foreach (var set in sets)
        {
            for (var c = 0; c < width; c++)
            {
                text.Append(PostingCodec.Alphabet[set.Where(t => t / 6 == c).Sum(t => 1 << (t % 6))]);
            }
        }

        return text.ToString();
    }

    public static string Groups(IReadOnlyList<FacetGroup> groups)
    {
        var text = new StringBuilder(groups.Count * 3);
        var previous = 0;
        foreach (var group in groups)
        {
            var delta = group.ThemeSet - previous;
            PostingCodec.AppendVarint(text, delta >= 0 ? 2L * delta : (-2L * delta) - 1);
            PostingCodec.AppendVarint(text, group.Year);
            PostingCodec.AppendVarint(text, group.Count - 1);
            previous = group.ThemeSet;
        }

        return text.ToString();
    }

    /// <summary>Reads <see cref="Groups"/> back, as the client does.</summary>
    public static List<FacetGroup> ReadGroups(string text)
    {
        var groups = new List<FacetGroup>();
        var position = 0;
        var set = 0;
        while (position < text.Length)
        {
            var zigzag = PostingCodec.ReadVarint(text, ref position);
            set += (int)((zigzag & 1) == 0 ? zigzag / 2 : -((zigzag + 1) / 2));
            var year = (int)PostingCodec.ReadVarint(text, ref position);
            groups.Add(new FacetGroup(set, year, (int)PostingCodec.ReadVarint(text, ref position) + 1));
        }

        return groups;
    }
}
