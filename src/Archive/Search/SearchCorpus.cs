using System.Globalization;
using PaperArchive.Catalog;
using PaperArchive.Classification;

namespace PaperArchive.Search;

/// <summary>Consecutive documents of one segment with the same publication year and the same set of themes
/// (<see cref="ThemeSet"/> indexes <see cref="SearchCorpus.ThemeSets"/>), so the client counts and filters facets from
/// document ids alone, without fetching any paper data.</summary>
internal sealed record FacetGroup(int ThemeSet, int Year, int Count);

/// <summary>A run of documents indexed on its own: ids <see cref="Offset"/> to Offset + Count - 1.</summary>
internal sealed record SearchSegment(int Offset, int Count);

/// <summary>
/// The visible papers numbered for the index. Papers are taken in the order they were added (capture date, then id)
/// and cut into a sealed base segment, a multiple of <see cref="SegmentUnit"/> papers, and a small recent segment:
/// a new listing only adds papers at the end, so it changes the recent segment and leaves the base's files
/// byte-identical until the base grows by a unit. Inside the base ids follow the facet groups (theme set, then
/// year) and, inside a group, the order of addition, so facets cost a few characters per group and nothing that
/// changes when a listing shows a known paper again (its upvotes, its sources) renumbers the base. The recent segment
/// keeps the order of addition (its groups are mostly single papers), so a new paper leaves the other recent papers'
/// chunks as they were. Ids are the tie breaker of the ranking: the paper added first wins a tie.
/// </summary>
internal sealed record SearchCorpus(
    IReadOnlyList<Paper> Documents,
    IReadOnlyList<SearchSegment> Segments,
    IReadOnlyList<(string Slug, string Name)> Themes,
    IReadOnlyList<IReadOnlyList<int>> ThemeSets,
    IReadOnlyList<string> Years,
    IReadOnlyList<FacetGroup> Groups)
{
    public const string Undated = "";

    /// <summary>The base grows by units of a sixteenth to an eighth of the archive (a power of two, at least 64 papers),
    /// so the recent segment stays small and the base is rewritten about once per sixteenth of growth.</summary>
    public static int SegmentUnit(int count) => Math.Max(64, 1 << Math.Max(0, (int)Math.Log2(Math.Max(1, count)) - 4));

    public static SearchCorpus From(PaperCatalog catalog, IReadOnlyList<ResearchTheme> researchThemes)
    {
        var themes = researchThemes.Select(t => (t.Slug, t.Name)).ToList();
        var themesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < researchThemes.Count; i++)
        {
            foreach (var paper in researchThemes[i].Papers)
            {
                if (!themesOf.TryGetValue(paper.Id, out var list))
                {
                    themesOf[paper.Id] = list = [];
                }

                list.Add(i);
            }
        }

        var papers = catalog.Papers.Where(p => !p.Hidden).ToList();
        var years = papers.Where(p => p.Published is not null).Select(YearOf)
            .Distinct().OrderDescending(StringComparer.Ordinal).ToList();
        if (papers.Any(p => p.Published is null))
        {
            years.Add(Undated);
        }

        var yearIndex = years.Select((y, i) => (y, i)).ToDictionary(x => x.y, x => x.i, StringComparer.Ordinal);
        var keyed = papers.Select(p => (Paper: p, Year: yearIndex[YearOf(p)], Themes: SetKey(themesOf.GetValueOrDefault(p.Id) ?? [])))
            .OrderBy(x => x.Paper.Added).ThenBy(x => x.Paper.Id, StringComparer.Ordinal).ToList();
        var themeSets = keyed.Select(x => x.Themes).Distinct().Order(StringComparer.Ordinal).ToList();
        var setIndex = themeSets.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);

        var baseCount = keyed.Count / SegmentUnit(keyed.Count) * SegmentUnit(keyed.Count);
        var segments = new[] { new SearchSegment(0, baseCount), new SearchSegment(baseCount, keyed.Count - baseCount) }
            .Where(s => s.Count > 0).ToList();
        var documents = new List<Paper>(keyed.Count);
        var groups = new List<FacetGroup>();
        foreach (var segment in segments)
        {
            var slice = keyed.Skip(segment.Offset).Take(segment.Count);
            var isBase = segment.Offset == 0 && baseCount > 0;
            // Inside a group the base keeps the order of addition: nothing a re-listing changes (upvotes, sources)
            // decides an id, so a known paper listed again leaves the base's files as they were.
            var ordered = isBase
                ? slice.OrderBy(x => setIndex[x.Themes]).ThenBy(x => x.Year)
                    .ThenBy(x => x.Paper.Added).ThenBy(x => x.Paper.Id, StringComparer.Ordinal)
                : slice;
            FacetGroup? last = null;
            foreach (var item in ordered)
            {
                documents.Add(item.Paper);
                if (last is not null && last.ThemeSet == setIndex[item.Themes] && last.Year == item.Year)
                {
                    groups[^1] = last = last with { Count = last.Count + 1 };
                }
                else
                {
                    groups.Add(last = new FacetGroup(setIndex[item.Themes], item.Year, 1));
                }
            }
        }

        var sets = themeSets.Select(s => (IReadOnlyList<int>)(s.Length == 0 ? [] : s.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToList())).ToList();
        return new SearchCorpus(documents, segments, themes, sets, years, groups);
    }

    public static string YearOf(Paper paper) =>
        paper.Published?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? Undated;

    /// <summary>Fixed-width theme indexes, so ordinal order of the keys is the order of the sets.</summary>
    private static string SetKey(List<int> themes) =>
        string.Join(',', themes.Order().Select(t => t.ToString("D3", CultureInfo.InvariantCulture)));
}
