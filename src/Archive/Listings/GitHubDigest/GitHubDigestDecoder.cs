using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.GitHubDigest;

/// <summary>
/// A Markdown digest of daily papers kept in a GitHub repository: numbered <c>&lt;details&gt;</c> blocks with a title,
/// a links line, perhaps an authors line, and a quote (see <see cref="DigestReader"/>). Its "Last Updated" line
/// states the capture day. The quote is never taken for the abstract: it is the digest's cut of the page's text
/// or of a comment (<c>…reasoning ev...</c>, <c>TL;DR: …</c>, <c>No abstract available.</c>), so the abstract
/// stays unknown. The star count beside a title is not an upvote count either.
/// </summary>
internal sealed class GitHubDigestDecoder : IListingDecoder
{
    public ListingFormat Form => ListingFormat.GitHubDigest;

    /// <summary>A numbered <c>&lt;summary&gt;&lt;b&gt;</c> line and a link to a paper.</summary>
    public bool Recognizes(ListingText text) =>
        text.Lines.Any(IsNumberedSummary) &&
        text.Lines.Any(line => line.Contains("huggingface.co/papers/", StringComparison.Ordinal) || line.Contains("arxiv.org/abs/", StringComparison.Ordinal));

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var capture = DigestReader.Read(text.Content);
        var cards = capture.Cards.Select(card => ToCard(text.File, card, diagnostics)).ToList();
        var stated = capture.LastUpdated is { } day
            ? PartialDate.Of(day, new SourceLocation(text.File, capture.LastUpdatedLine ?? 1))
            : (PartialDate?)null;
        return new DecodedCapture(Form, stated, RepeatedCards.Merge(cards));
    }

    private static PaperCard ToCard(string file, DigestCard card, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(file, card.Line);
        if (card.ArxivId is null)
        {
            diagnostics.Warning(DiagnosticIds.DigestBlockWithoutLink, location,
                $"block {card.Number} ('{Snippet.Of(card.Title)}') links to no paper; it is kept by its title alone.");
        }

        return new PaperCard(Shown.At(card.Title, location))
        {
            ArxivId = card.ArxivId is { } id ? Shown.At(id, new SourceLocation(file, card.ArxivIdLine ?? card.Line)) : null,
            AuthorNames = card.AuthorNames.Count > 0 ? Shown.At(card.AuthorNames, new SourceLocation(file, card.AuthorsLine ?? card.Line)) : null,
        };
    }

    private static bool IsNumberedSummary(string line)
    {
        var at = line.IndexOf("<summary><b>", StringComparison.Ordinal);
        return at >= 0 && at + 12 < line.Length && char.IsAsciiDigit(line[at + 12]);
    }
}
