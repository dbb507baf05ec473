using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.TextExport;

/// <summary>
/// Groups a plain-text export's items into cards. A text whose link is a paper page starts a card; the next text
/// linking to the same page (or to nothing) is its abstract; then come the byline (<c>2 authors</c>, or the
/// organisation's name linking to its profile), <c>·</c> and the date. An upvote button (<c>[-] 19</c>) links to the
/// login page with the paper to return to: its count belongs to that paper, wherever it stands (exports write it
/// before the card it counts for). Anything else, the page's menus and footer included, is no part of a card.
/// </summary>
internal static partial class ExportCards
{
    public static List<PaperCard> Read(string file, IReadOnlyList<ExportItem> items, DiagnosticBag diagnostics)
    {
        var upvotes = Upvotes(file, items);
        var cards = new List<PaperCard>();
        var index = 0;
        while (index < items.Count)
        {
            var title = items[index++];
            if (!IsTitle(title) || title.Url is not { } url)
            {
                continue;
            }

            var location = title.Line.LocationIn(file);
            var id = PaperLinks.ArxivIdOf(url, null, location, diagnostics);
            var card = new PaperCard(Shown.At(title.Text, location))
            {
                ArxivId = id is null ? null : Shown.At(id, location),
                Upvotes = id is not null && upvotes.TryGetValue(id, out var count) ? count : null,
            };

            if (index < items.Count && IsAbstractOf(url, items[index]))
            {
                card = card with { Abstract = Shown.At(items[index].Text, items[index].Line.LocationIn(file)) };
                index++;
            }
            else
            {
                diagnostics.Warning(DiagnosticIds.TitleWithoutAbstract, location,
                    $"'{Snippet.Of(title.Text)}' has no abstract; the paper is kept without one.");
            }

            for (; index < items.Count && card.Published is null && !StartsCard(items[index]); index++)
            {
                card = ReadByline(file, items[index], card);
            }

            cards.Add(card);
        }

        return cards;
    }

    private static bool IsAbstractOf(string titleUrl, ExportItem candidate) =>
        (candidate.Url is null || string.Equals(candidate.Url, titleUrl, StringComparison.Ordinal)) &&
        !IsUpvoteButton(candidate) && AuthorCount().Match(candidate.Text) is { Success: false } &&
        !DateLine.TryParse(candidate.Text, default, out _, out _) && candidate.Text != MetadataCollector.Separator;

    private static bool StartsCard(ExportItem item) => IsTitle(item) && PaperLinks.IdOf(item.Url!) is not null;

    /// <summary>A text linking to a paper page that is not one of the card's other links (its byline links there too).</summary>
    private static bool IsTitle(ExportItem item) =>
        item.Url is { } url && PaperLinks.IsPaperUrl(url) && !url.Contains('#') && !IsUpvoteButton(item) &&
        !AuthorCount().IsMatch(item.Text) && !DateLine.TryParse(item.Text, default, out _, out _) && item.Text != MetadataCollector.Separator;

    private static PaperCard ReadByline(string file, ExportItem item, PaperCard card)
    {
        var location = item.Line.LocationIn(file);
        if (AuthorCount().Match(item.Text) is { Success: true } authors && card.Organization is null)
        {
            return card with { AuthorCount = Shown.At(int.Parse(authors.Groups[1].Value), location) };
        }

        if (DateLine.TryParse(item.Text, location, out var date, out _))
        {
            return card with { Published = date };
        }

        if (item.Url is { } url && PaperLinks.IsProfileUrl(url) && card.Organization is null && card.AuthorCount is null)
        {
            return card with { Organization = Shown.At(item.Text, location) };
        }

        return card;
    }

    private static Dictionary<string, Shown<int>> Upvotes(string file, IReadOnlyList<ExportItem> items)
    {
        var upvotes = new Dictionary<string, Shown<int>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (IsUpvoteButton(item) && item.Url is { } url && PaperLinks.UpvotedPaper(url) is { } id &&
                PaperLinks.UpvoteCount(item.Text) is { } count)
            {
                upvotes.TryAdd(id, Shown.At(count, item.Line.LocationIn(file)));
            }
        }

        return upvotes;
    }

    private static bool IsUpvoteButton(ExportItem item) => UpvoteButton().IsMatch(item.Text);

    /// <summary><c>2 authors</c>, also as the tail of a link the export kept in Markdown (<c>2 authors](…)</c>).</summary>
    [GeneratedRegex(@"^[·•\-*]?\s*(\d{1,5})\s+authors?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorCount();

    /// <summary>The upvote button as text: <c>[-] 19</c>, or <c>[-] -</c> when it shows no count.</summary>
    [GeneratedRegex(@"^\[[-+x ]?\]\s*(?:\d{1,7}|-)$")]
    private static partial Regex UpvoteButton();
}
