namespace PaperArchive.Listings.SavedHtml;

/// <summary>
/// One paper card of a saved Hugging Face listing page. Title, link id, upvotes and author count are what the
/// card shows; abstract, author names, organisation and date come from the page's own data for that paper (the
/// papers the page was rendered from, kept in its <c>data-props</c>), and are null or empty when it has none;
/// <see cref="DataLine"/> is the line of that data.
/// </summary>
internal sealed record HtmlCard(
    int Line,
    string? ArxivId,
    string Title,
    int? Upvotes,
    int? AuthorCount,
    string? Summary,
    IReadOnlyList<string> AuthorNames,
    string? Organization,
    DateOnly? Published,
    int? DataLine);

/// <summary>The cards of a saved page in page order, and the day the page lists (its date heading).</summary>
internal sealed record SavedHtmlCapture(IReadOnlyList<HtmlCard> Cards, DateOnly? PageDay, int? PageDayLine);
