using PaperArchive.Catalog;
using PaperArchive.Site;

namespace PaperArchive.Search;

/// <summary>Documents of one facet group: same upvote band, publication year and themes. Their ids are consecutive,
/// so the client counts and filters facets from document ids alone, without fetching any paper data.</summary>
public sealed record FacetGroup(int UpvoteBand, int Year, IReadOnlyList<int> Themes, int Count);

/// <summary>
/// The visible papers numbered for the index. Ids follow the facet groups (most upvoted band first, then year,
/// then themes) and, inside a group, upvotes then slug: so the document id is also the upvote tie breaker.
/// </summary>
public sealed record SearchCorpus(
    IReadOnlyList<Paper> Documents,
    IReadOnlyList<(string Slug, string Name)> Themes,
    IReadOnlyList<string> Years,
    IReadOnlyList<FacetGroup> Groups)
{
    /// <summary>Lower bounds of the upvote bands, highest first.</summary>
    public static readonly int[] UpvoteBands = [200, 50, 10, 0];

    public const string Undated = "";

    public static SearchCorpus From(SiteContent content)
    {
        var themes = content.Themes.Select(t => (t.Slug, t.Name)).ToList();
        var themesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < content.Themes.Count; i++)
        {
            foreach (var paper in content.Themes[i].Papers)
            {
                if (!themesOf.TryGetValue(paper.Id, out var list))
                {
                    themesOf[paper.Id] = list = [];
                }

                list.Add(i);
            }
        }

        var papers = content.VisiblePapers;
        var years = papers.Where(p => p.Published is not null).Select(p => p.Published!.Value.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
            .Distinct().OrderDescending(StringComparer.Ordinal).ToList();
        if (papers.Any(p => p.Published is null))
        {
            years.Add(Undated);
        }

        var keyed = papers.Select(p => (Paper: p, Band: Band(p.Upvotes), Year: years.IndexOf(YearOf(p)),
                Themes: themesOf.TryGetValue(p.Id, out var t) ? t : []))
            .OrderBy(x => x.Band).ThenBy(x => x.Year).ThenBy(x => string.Join(',', x.Themes), StringComparer.Ordinal)
            .ThenByDescending(x => x.Paper.Upvotes).ThenBy(x => x.Paper.Slug, StringComparer.Ordinal)
            .ToList();

        var groups = new List<FacetGroup>();
        foreach (var item in keyed)
        {
            var last = groups.Count > 0 ? groups[^1] : null;
            if (last is not null && last.UpvoteBand == item.Band && last.Year == item.Year && last.Themes.SequenceEqual(item.Themes))
            {
                groups[^1] = last with { Count = last.Count + 1 };
            }
            else
            {
                groups.Add(new FacetGroup(item.Band, item.Year, item.Themes, 1));
            }
        }

        return new SearchCorpus(keyed.Select(x => x.Paper).ToList(), themes, years, groups);
    }

    public static string YearOf(Paper paper) =>
        paper.Published?.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) ?? Undated;

    private static int Band(int upvotes) => Array.FindIndex(UpvoteBands, b => upvotes >= b);
}
