using System.Text;

namespace PaperArchive.Feeds;

/// <summary>
/// Plain text made into HTML that shows exactly that text. RSS readers treat an item's description as HTML, so an
/// abstract that mentions <c>&lt;script&gt;</c> must reach them encoded, or they would drop it as markup.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                _ => html.Append(c),
            };
        }

        return html.ToString();
    }
}
