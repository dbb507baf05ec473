using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.SavedHtml;

/// <summary>
/// A Hugging Face listing page saved as HTML ("Save page as…"; see <see cref="SavedHtmlReader"/>): the cards'
/// titles, arXiv ids, upvotes and author counts from the DOM, and abstract, names, organisation and date from the
/// papers the page keeps for its own use. The page's date heading states the capture day.
/// </summary>
internal sealed class SavedHtmlDecoder : IListingDecoder
{
    public bool ReadsLongLines => true;

    public ListingFormat Form => ListingFormat.SavedHtml;

    /// <summary>A whole HTML page (doctype or <c>&lt;html&gt;</c> first) that links to paper pages.</summary>
    public bool Recognizes(ListingText text) =>
        text.Lines.FirstOrDefault(line => !string.IsNullOrWhiteSpace(line)) is { } first && SavedHtmlReader.LooksLikeHtmlPage(first) &&
        text.Lines.Any(line => line.Contains("/papers/", StringComparison.Ordinal));

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var capture = SavedHtmlReader.Read(text.Content);
        var cards = capture.Cards.Select(card => ToCard(text.File, card)).ToList();
        var stated = capture.PageDay is { } day
            ? PartialDate.Of(day, new SourceLocation(text.File, capture.PageDayLine ?? 1))
            : (PartialDate?)null;
        return new DecodedCapture(Form, stated, RepeatedCards.Merge(cards));
    }

    private static PaperCard ToCard(string file, HtmlCard card)
    {
        var at = new SourceLocation(file, card.Line);
        var data = new SourceLocation(file, card.DataLine ?? card.Line);
        return new PaperCard(Shown.At(card.Title, at))
        {
            ArxivId = card.ArxivId is { } id ? Shown.At(id, at) : null,
            Upvotes = card.Upvotes is { } upvotes ? Shown.At(upvotes, at) : null,
            AuthorCount = card.AuthorCount is { } count ? Shown.At(count, at) : null,
            Abstract = card.Summary is { } summary ? Shown.At(summary, data) : null,
            AuthorNames = card.AuthorNames.Count > 0 ? Shown.At(card.AuthorNames, data) : null,
            Organization = card.Organization is { } organization ? Shown.At(organization, data) : null,
            Published = card.Published is { } day ? PartialDate.Of(day, data) : null,
        };
    }
}
