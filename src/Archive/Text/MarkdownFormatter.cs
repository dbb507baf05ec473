using System.Buffers;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperArchive.Text;

/// <summary>
/// Turns abstracts and curator notes (Markdown) into HTML that is safe to insert unescaped: raw HTML is
/// disabled (it shows as text), bare http(s) URLs become links (trailing punctuation stays outside), and any
/// link, autolink or image whose target <see cref="LinkPolicy"/> does not allow is put back as the literal text it
/// was written as, so <c>javascript:</c> never becomes a link and no image is ever fetched from another host.
/// </summary>
internal static class MarkdownFormatter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string markdown)
    {
        if (IsPlainParagraph(markdown))
        {
            return "<p>" + markdown + "</p>";
        }

        var document = Markdown.Parse(markdown, Pipeline);
        Defuse(document);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }

    /// <summary>Letters, digits and the punctuation that means nothing to Markdown (nor to its autolinks, nor to HTML).</summary>
    private static readonly SearchValues<char> Ordinary = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:()?'-/%+=");

    /// <summary>
    /// True for one line of words and ordinary punctuation that starts with a letter and ends with no space: Markdown
    /// reads it as a paragraph of plain text, so its HTML is the text in <c>&lt;p&gt;</c>, as Markdig writes it (most
    /// abstracts are such a line; parsing them cost a few percent of a big build). A colon must be followed by a space and
    /// no "www." may occur, so that no autolink can start.
    /// </summary>
    private static bool IsPlainParagraph(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]) || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal)
            || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text.AsSpan();
        while (rest.IndexOfAnyExcept(Ordinary) is var at and >= 0)
        {
            // Letters and digits of other scripts are text too; any other character may mean something.
            if (rest[at] < 0x80 || !char.IsLetterOrDigit(rest[at]))
            {
                return false;
            }

            rest = rest[(at + 1)..];
        }

        for (var colon = text.IndexOf(':'); colon >= 0; colon = text.IndexOf(':', colon + 1))
        {
            if (colon + 1 < text.Length && text[colon + 1] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static void Defuse(MarkdownDocument document)
    {
        // Both kinds are found before anything changes: once a link has been taken apart, Markdig's Descendants no
        // longer finds the inlines after it, and an autolink such as <javascript:alert(1)> stayed a live link.
        var links = document.Descendants<LinkInline>().ToList();
        var autolinks = document.Descendants<AutolinkInline>().ToList();
        foreach (var link in links)
        {
            if (link.IsImage || !LinkPolicy.Allows(link.Url))
            {
                // Put the link back as the text it was written as: "[text](target)", its text still formatted.
                link.InsertBefore(new LiteralInline(link.IsImage ? "![" : "["));
                foreach (var child in link.ToList())
                {
                    child.Remove();
                    link.InsertBefore(child);
                }

                link.InsertBefore(new LiteralInline($"]({link.Url})"));
                link.Remove();
            }
        }

        foreach (var autolink in autolinks)
        {
            if (!LinkPolicy.Allows(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>"));
            }
        }
    }
}
