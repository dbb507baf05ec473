using AngleSharp.Html.Parser;
using PaperArchive.Text;

namespace PaperArchive.Listings.GitHubDigest;

/// <summary>
/// Reads the <c>&lt;summary&gt;&lt;b&gt;12. Title&lt;/b&gt; ⭐ 3&lt;/summary&gt;</c> line that opens a digest block,
/// with AngleSharp's HTML parser (the HTML block's text, entities decoded), not by matching the markup.
/// </summary>
internal static class DigestSummary
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The block's number and title, or null when the HTML holds no numbered summary.</summary>
    public static (int Number, string Title)? Read(string html)
    {
        using var document = Parser.ParseDocument(html);
        var summary = document.QuerySelector("summary");
        if (summary is null)
        {
            return null;
        }

        var heading = summary.QuerySelector("b, strong") ?? summary;
        return Numbered(WhiteSpace.Collapse(heading.TextContent));
    }

    /// <summary>"12. Title" as (12, "Title").</summary>
    private static (int Number, string Title)? Numbered(string text)
    {
        var dot = text.IndexOf(". ", StringComparison.Ordinal);
        if (dot is < 1 or > 4 || !int.TryParse(text.AsSpan(0, dot), System.Globalization.NumberStyles.None, null, out var number))
        {
            return null;
        }

        var title = text[(dot + 2)..].Trim();
        return title.Length == 0 ? null : (number, title);
    }
}
