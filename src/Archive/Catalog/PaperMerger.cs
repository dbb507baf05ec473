using PaperArchive.Diagnostics;
using PaperArchive.Text;

namespace PaperArchive.Catalog;

/// <summary>
/// Makes one paper of all the sightings of the same paper, earliest capture first. The title shown is the spelling
/// most listings use (the earliest on a tie), and the id is derived from that title's normalised form only. Text
/// keeps its direction controls to itself (<see cref="BidiControls"/>), wherever it is shown later.
/// </summary>
internal static class PaperMerger
{
    public static Paper Merge(IReadOnlyList<Sighting> sightings, DiagnosticBag diagnostics)
    {
        // Most papers are seen once; counting spellings is only worth it for the others.
        var title = BidiControls.Balance(sightings.Count == 1 ? sightings[0].Entry.Title : MostUsedTitle(sightings));
        var found = sightings.FirstOrDefault(s => s.Entry.AuthorNames.Count > 0)?.Entry.AuthorNames ?? [];
        var names = found.All(n => ReferenceEquals(BidiControls.Balance(n), n)) ? found : found.Select(BidiControls.Balance).ToList();

        return new Paper
        {
            Id = StableHash.Hex(TitleKey.Of(title), 12),
            Slug = string.Empty,
            Title = title,
            Abstract = sightings.Select(s => s.Entry.Abstract).Where(a => a is not null).MaxBy(a => a!.Length) is { } text ? BidiControls.Balance(text) : null,
            Authors = names.Count > 0 ? names.Count : Agreed(sightings, s => s.Entry.Authors, "author count", DiagnosticIds.ConflictingAuthors, diagnostics),
            AuthorNames = names,
            Organization = Agreed(sightings, s => s.Entry.Organization, "organisation", DiagnosticIds.ConflictingOrganization, diagnostics) is { } organization
                ? BidiControls.Balance(organization)
                : null,
            Published = Agreed(sightings, s => s.Entry.Published, "publication date", DiagnosticIds.ConflictingPublished, diagnostics),
            Added = sightings.Min(s => s.Listing.Captured),
            Upvotes = sightings.Max(s => s.Entry.Upvotes),
            ArxivId = Agreed(sightings, s => s.Entry.ArxivId, "arXiv id", DiagnosticIds.ConflictingArxivId, diagnostics),
            Sources = sightings
                .Select(s => new PaperSource(s.Listing.File, s.Entry.Location.Line))
                .OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line)
                .ToList(),
        };
    }

    /// <summary>The spelling most sightings use; on a tie, the earliest.</summary>
    private static string MostUsedTitle(IReadOnlyList<Sighting> sightings) =>
        sightings
            .GroupBy(s => s.Entry.Title, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .First().Key;

    /// <summary>The value of the earliest sighting that has one; a different value elsewhere is a warning that
    /// names both places, reported once per distinct value.</summary>
    private static T? Agreed<T>(IReadOnlyList<Sighting> sightings, Func<Sighting, T?> read, string what, string id, DiagnosticBag diagnostics)
    {
        Sighting? chosen = null;
        T? value = default;
        HashSet<string>? reported = null;
        foreach (var sighting in sightings)
        {
            var candidate = read(sighting);
            if (candidate is null)
            {
                continue;
            }

            if (chosen is null)
            {
                (chosen, value) = (sighting, candidate);
                continue;
            }

            var shown = Show(candidate);
            if (!EqualityComparer<T>.Default.Equals(candidate, value) && (reported ??= new(StringComparer.Ordinal)).Add(shown))
            {
                diagnostics.Warning(id, sighting.Entry.Location,
                    $"the {what} here ({shown}) differs from {chosen.Entry.Location} ({Show(value)}) for '{EntryTitle(sighting)}'; {Show(value)} is kept.");
            }
        }

        return value;
    }

    private static string Show<T>(T value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd"),
        null => "none",
        _ => value.ToString() ?? "none",
    };

    private static string EntryTitle(Sighting sighting) =>
        sighting.Entry.Title.Length <= 60 ? sighting.Entry.Title : sighting.Entry.Title[..57] + "...";
}
