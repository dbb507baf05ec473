using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperArchive.Listings;

/// <summary>
/// The text a reader sees in Markdown, read from Markdig's syntax tree: link text without its target, emphasis
/// without its marks, entities decoded, raw HTML left out, and line breaks kept as <c>\n</c>.
/// </summary>
internal static class MarkdownText
{
    /// <summary>CommonMark as GitHub shows a README; built once.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().Build();

    public static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, Pipeline);

    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(text, container);
        return text.ToString();
    }

    public static string Of(LeafBlock block) => Of(block.Inline);

    /// <summary>
    /// Every line of text the document shows, each with its 1-based source line: the text of paragraphs and
    /// headings as <see cref="Of(ContainerInline?)"/> reads it, code and HTML blocks as written.
    /// </summary>
    public static IEnumerable<(string Text, int Line)> Lines(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null && block.Lines.Count == 0)
            {
                continue; // a thematic break or an empty block shows no text
            }

            var lines = block.Inline is null ? block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()) : Of(block).Split('\n');
            var number = block.Line + 1;
            foreach (var line in lines)
            {
                yield return (line, number++);
            }
        }
    }

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                return;
            case LineBreakInline:
                text.Append('\n');
                return;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                return;
        }
    }
}
