using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PaperArchive.Listings.PapersApi;
using PaperArchive.Text;

namespace PaperArchive.Listings.SavedHtml;

/// <summary>
/// Reads a Hugging Face listing page saved as HTML ("Save page as…", or fetched) through AngleSharp's DOM: each
/// card is the element around a heading that links to one paper (<c>/papers/&lt;id&gt;</c>); its upvote count is
/// the number in the box of the upvote checkbox, its author count the "N authors" item. The page's date heading
/// (<c>&lt;time datetime&gt;</c>) is the day it lists. When the page keeps the papers it was rendered from (the
/// <c>DailyPapers</c> element's <c>data-props</c>), they give each card what the card does not show.
/// </summary>
internal static class SavedHtmlReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>A saved page starts with a doctype or an <c>&lt;html&gt;</c> element (a Markdown file that merely holds HTML does not).</summary>
    public static bool LooksLikeHtmlPage(string text)
    {
        var start = text.AsSpan().TrimStart().TrimStart('\uFEFF').TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static SavedHtmlCapture Read(string html)
    {
        using var document = Parser.ParseDocument(html);
        var (pageData, dataLine) = PageData(document);
        var cards = CardElements(document).Select(card => Card(card, pageData, dataLine)).OfType<HtmlCard>().ToList();
        var (day, line) = PageDay(document);
        return new SavedHtmlCapture(cards, day, line);
    }

    /// <summary>The smallest element around each heading link that holds no other paper's link.</summary>
    private static IEnumerable<IElement> CardElements(IDocument document)
    {
        var seen = new HashSet<IElement>();
        foreach (var link in document.QuerySelectorAll("h1 a[href], h2 a[href], h3 a[href], h4 a[href]"))
        {
            if (PaperId(link) is not { } id)
            {
                continue;
            }

            var card = link.Closest("h1, h2, h3, h4")!;
            while (card.ParentElement is { } parent && parent.QuerySelectorAll("a[href]").All(a => PaperId(a) is null || PaperId(a) == id))
            {
                card = parent;
            }

            if (seen.Add(card))
            {
                yield return card;
            }
        }
    }

    private static HtmlCard? Card(IElement card, IReadOnlyDictionary<string, ApiPaper> pageData, int? dataLine)
    {
        var link = card.QuerySelectorAll("h1 a[href], h2 a[href], h3 a[href], h4 a[href]").First(a => PaperId(a) is not null);
        var heading = link.Closest("h1, h2, h3, h4")!;
        var title = WhiteSpace.Collapse(heading.TextContent);
        if (title.Length == 0)
        {
            return null;
        }

        var id = ArxivId.FromUrl("https://huggingface.co" + PaperPath(link)!);
        var data = id is not null ? pageData.GetValueOrDefault(id) : null;
        return new HtmlCard(
            heading.SourceReference?.Position.Line ?? 0,
            id,
            title,
            Upvotes(card) ?? data?.Upvotes,
            AuthorCount(card),
            data?.Summary,
            data?.AuthorNames ?? [],
            data?.Organization,
            data?.Published,
            data is null ? null : dataLine);
    }

    /// <summary>The count beside the upvote checkbox: the box around the checkbox holds one number.</summary>
    private static int? Upvotes(IElement card)
    {
        foreach (var box in card.QuerySelectorAll("input[type=checkbox]").Select(input => input.ParentElement).OfType<IElement>())
        {
            var numbers = box.Descendants<IElement>().Where(e => e.ChildElementCount == 0)
                .Select(e => e.TextContent.Trim())
                .Where(text => text.Length > 0 && !text.AsSpan().ContainsAnyExcept("0123456789"))
                .ToList();
            if (numbers.Count == 1 && int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var upvotes))
            {
                return upvotes;
            }
        }

        return null;
    }

    /// <summary>"· 533 authors" (or "1 author").</summary>
    private static int? AuthorCount(IElement card)
    {
        foreach (var item in card.QuerySelectorAll("li"))
        {
            var words = WhiteSpace.Collapse(item.TextContent).Split(' ');
            if (words.Length >= 2 && words[^1] is "authors" or "author" &&
                int.TryParse(words[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>The papers the page was rendered from, by arXiv id; empty when the page does not keep them.</summary>
    private static (IReadOnlyDictionary<string, ApiPaper>, int?) PageData(IDocument document)
    {
        var element = document.QuerySelector("[data-target=DailyPapers][data-props]");
        if (element?.GetAttribute("data-props") is not { } props)
        {
            return (new Dictionary<string, ApiPaper>(), null);
        }

        var papers = PapersApiReader.Read(props).Papers
            .Where(p => p.ArxivId is not null)
            .GroupBy(p => p.ArxivId!)
            .ToDictionary(g => g.Key, g => g.First());
        return (papers, element.SourceReference?.Position.Line);
    }

    /// <summary>The date heading above the cards: the first <c>&lt;time datetime&gt;</c> outside any card.</summary>
    private static (DateOnly?, int?) PageDay(IDocument document)
    {
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (time.Closest("article") is null &&
                DateTimeOffset.TryParse(time.GetAttribute("datetime"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return (DateOnly.FromDateTime(moment.UtcDateTime), time.SourceReference?.Position.Line);
            }
        }

        return (null, null);
    }

    private static string? PaperId(IElement link) => PaperPath(link) is { } path ? ArxivId.FromUrl("https://huggingface.co" + path) ?? path : null;

    /// <summary>The <c>/papers/&lt;id&gt;</c> path a link points at (fragment and query dropped), or null.</summary>
    private static string? PaperPath(IElement link)
    {
        var href = link.GetAttribute("href");
        if (href is null)
        {
            return null;
        }

        var path = href.StartsWith("https://huggingface.co/", StringComparison.OrdinalIgnoreCase) ? href["https://huggingface.co".Length..] : href;
        var end = path.IndexOfAny(['#', '?']);
        path = end >= 0 ? path[..end] : path;
        return path.StartsWith("/papers/", StringComparison.Ordinal) && path.Length > "/papers/".Length && !path.AsSpan("/papers/".Length).Contains('/')
            ? path
            : null;
    }
}
