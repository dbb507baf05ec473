using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// The last check before a capture's cards become papers: each field must look like what it claims to be
/// (<see cref="Plausibility"/>). A card whose title is not a paper title (navigation text, a URL, markup) is dropped;
/// an implausible field is removed and the card kept. Either is a warning naming the card's line. When most cards of
/// a capture (of three or more) fail, the decoder misread the file: that is an error naming the file, and nothing from
/// it is published.
/// </summary>
internal static class PlausibilityGate
{
    /// <summary>One or two odd cards say nothing about how the file was read; the warnings on them suffice.</summary>
    public const int MinCardsForVerdict = 3;

    /// <summary>The cards to publish, or null when most of them failed (the error is in <paramref name="diagnostics"/>).</summary>
    public static IReadOnlyList<PaperCard>? Check(string path, ListingFormat form, IReadOnlyList<PaperCard> cards, DiagnosticBag diagnostics)
    {
        var passed = new List<PaperCard>(cards.Count);
        var failures = new List<(SourceLocation Location, string Message)>();
        foreach (var card in cards)
        {
            var (kept, problems) = Review(card);
            if (problems is not null)
            {
                failures.Add((card.Location, kept is null
                    ? $"'{Snippet.Of(card.Title.Value)}' is not read as a paper: {string.Join("; ", problems)}."
                    : $"'{Snippet.Of(card.Title.Value)}' is kept without what does not fit: {string.Join("; ", problems)}."));
            }

            if (kept is not null)
            {
                passed.Add(kept);
            }
        }

        if (cards.Count >= MinCardsForVerdict && failures.Count * 2 > cards.Count)
        {
            diagnostics.Error(DiagnosticIds.CaptureImplausible, SourceLocation.Of(path),
                $"{failures.Count} of the {cards.Count} papers read from this file as {form} do not look like papers (first at line {failures[0].Location.Line}: {failures[0].Message}); the file was probably misread, so nothing from it is published. Run 'archive read' on it to see what was read.");
            return null;
        }

        foreach (var (location, message) in failures)
        {
            diagnostics.Warning(DiagnosticIds.CardImplausible, location, message);
        }

        return passed;
    }

    /// <summary>The card with its implausible fields removed (null when its title fails), and what was wrong, if anything.</summary>
    private static (PaperCard? Kept, List<string>? Problems) Review(PaperCard card)
    {
        List<string>? problems = null;
        var title = card.Title.Value;
        if (Plausibility.TitleProblem(title) is { } titleProblem)
        {
            return (null, [titleProblem]);
        }

        var kept = card;
        if (card.Abstract is { } abstractText && Plausibility.AbstractProblem(abstractText.Value, title) is { } a)
        {
            (problems ??= []).Add(a);
            kept = kept with { Abstract = null };
        }

        if (card.Organization is { } organization && Plausibility.OrganizationProblem(organization.Value, title) is { } o)
        {
            (problems ??= []).Add(o);
            kept = kept with { Organization = null };
        }

        if (card.AuthorNames is { } names && Plausibility.AuthorNamesProblem(names.Value) is { } n)
        {
            (problems ??= []).Add(n);
            kept = kept with { AuthorNames = null };
        }

        if (card.AuthorCount is { Value: < 1 or > Plausibility.MaxAuthors } count)
        {
            (problems ??= []).Add($"{count.Value} is not an author count");
            kept = kept with { AuthorCount = null };
        }

        if (card.Upvotes is { Value: < 0 or > Plausibility.MaxUpvotes } upvotes)
        {
            (problems ??= []).Add($"{upvotes.Value} is not an upvote count");
            kept = kept with { Upvotes = null };
        }

        if (card.ArxivId is { } id && ArxivId.Normalize(id.Value) != id.Value)
        {
            (problems ??= []).Add($"'{Snippet.Of(id.Value)}' is not an arXiv id");
            kept = kept with { ArxivId = null };
        }

        return (kept, problems);
    }
}
