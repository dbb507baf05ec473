using PaperArchive.Text;

namespace PaperArchive.Listings;

/// <summary>
/// Some views render each card twice (the trending page shows a paper in its list and again in its preview). Cards of
/// one capture with the same arXiv id, or without ids and the same normalised title, are one card: the first keeps its
/// place, and a field it lacks is taken from a repeat that shows it. Decoders of such views call this.
/// </summary>
internal static class RepeatedCards
{
    public static IReadOnlyList<PaperCard> Merge(IReadOnlyList<PaperCard> cards)
    {
        var merged = new List<PaperCard>(cards.Count);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var card in cards)
        {
            var idKey = card.ArxivId is { } id ? "arxiv:" + id.Value : null;
            var titleKey = "title:" + TitleKey.Of(card.Title.Value);
            if ((idKey is not null && byKey.TryGetValue(idKey, out var at)) || byKey.TryGetValue(titleKey, out at))
            {
                merged[at] = Fill(merged[at], card);
            }
            else
            {
                at = merged.Count;
                merged.Add(card);
            }

            if (idKey is not null)
            {
                byKey.TryAdd(idKey, at);
            }

            byKey.TryAdd(titleKey, at);
        }

        return merged;
    }

    private static PaperCard Fill(PaperCard first, PaperCard repeat) => first with
    {
        Abstract = first.Abstract ?? repeat.Abstract,
        AuthorNames = first.AuthorNames ?? repeat.AuthorNames,
        AuthorCount = first.AuthorCount ?? repeat.AuthorCount,
        Organization = first.Organization ?? repeat.Organization,
        Published = first.Published ?? repeat.Published,
        Announced = first.Announced ?? repeat.Announced,
        Upvotes = first.Upvotes ?? repeat.Upvotes,
        ArxivId = first.ArxivId ?? repeat.ArxivId,
    };
}
