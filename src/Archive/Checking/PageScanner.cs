using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PaperArchive.Checking;

/// <summary>
/// Parses one HTML page with AngleSharp, keeping source positions, and extracts a <see cref="ScannedPage"/>.
/// One scanner per thread: the parser is reused for every page that thread checks.
/// </summary>
internal sealed class PageScanner
{
    // Which attributes of which elements hold URLs the browser fetches or navigates to. A form's action counts: the
    // header's search box is how every page reaches the search page.
    private static readonly (string Element, string Attribute)[] UrlAttributes =
    [
        ("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("img", "srcset"),
        ("source", "src"), ("source", "srcset"), ("iframe", "src"), ("form", "action"),
    ];

    private static readonly string Selector = string.Join(",", UrlAttributes.Select(u => $"{u.Element}[{u.Attribute}]").Distinct());

    // Every other attribute that holds a URL, on any element: checked for its scheme only.
    private static readonly string[] AnyUrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "data"];

    private static readonly string AnySelector = string.Join(",", AnyUrlAttributes.Select(a => $"[{a}]"));

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public ScannedPage Scan(string path, string html)
    {
        using var document = _parser.ParseDocument(html);
        var references = new List<PageReference>();
        foreach (var element in document.QuerySelectorAll(Selector))
        {
            var name = element.LocalName;
            foreach (var (_, attribute) in UrlAttributes.Where(u => u.Element == name))
            {
                if (element.GetAttribute(attribute) is not { } value)
                {
                    continue;
                }

                var values = attribute == "srcset" ? SrcsetParser.Urls(value) : [value];
                references.AddRange(values.Select(v => new PageReference(name, attribute, v, PositionOf(element))));
            }
        }

        var others = new List<PageReference>();
        foreach (var element in document.QuerySelectorAll(AnySelector))
        {
            var name = element.LocalName;
            foreach (var attribute in AnyUrlAttributes.Where(a => !UrlAttributes.Contains((name, a))))
            {
                if (element.GetAttribute(attribute) is { } value && (attribute != "data" || name == "object"))
                {
                    var values = attribute == "srcset" ? SrcsetParser.Urls(value) : [value];
                    others.AddRange(values.Select(v => new PageReference(name, attribute, v, PositionOf(element))));
                }
            }
        }

        var description = document.Head?.QuerySelectorAll("meta[name]")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("name"), "description", StringComparison.OrdinalIgnoreCase));
        return new ScannedPage(
            path,
            document.QuerySelector("base[href]")?.GetAttribute("href"),
            references,
            document.QuerySelectorAll("[id]").Select(e => new PageAnchor(e.Id!, PositionOf(e))).ToList(),
            document.QuerySelectorAll("a[name]").Select(e => new PageAnchor(e.GetAttribute("name")!, PositionOf(e))).ToList(),
            document.QuerySelectorAll("img:not([alt])").Select(PositionOf).ToList(),
            HasTitle: !string.IsNullOrWhiteSpace(document.QuerySelector("title")?.TextContent),
            HasDescription: !string.IsNullOrWhiteSpace(description?.GetAttribute("content")),
            document.Head is { } head ? PositionOf(head) : PagePosition.Start)
        {
            OtherUrls = others,
        };
    }

    // Elements the parser made up (an implied <head>) have no source reference, or one at line 0.
    private static PagePosition PositionOf(IElement element) =>
        element.SourceReference is { Position.Line: > 0 } source ? new PagePosition(source.Position.Line, source.Position.Column) : PagePosition.Start;
}
