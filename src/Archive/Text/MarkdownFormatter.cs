using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperArchive.Text;

/// <summary>
/// Turns abstracts and curator notes (Markdown) into HTML that is safe to insert unescaped: raw HTML is
/// disabled (it shows as text), bare http(s) URLs become links (trailing punctuation stays outside), and any
/// link or image whose target is not http(s) is put back as the literal text it was written as, so
/// <c>javascript:</c> never becomes a link and no image is ever fetched from another host.
/// </summary>
public static class MarkdownFormatter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        Defuse(document);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }

    public static bool IsWebUrl(string? url) =>
        url is not null &&
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static void Defuse(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsWebUrl(link.Url))
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

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || !IsWebUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>"));
            }
        }
    }
}
