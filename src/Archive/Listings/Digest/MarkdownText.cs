using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperArchive.Listings.Digest;

/// <summary>
/// The text a reader sees in Markdown, read from Markdig's syntax tree: link text without its target, emphasis
/// without its marks, entities decoded, raw HTML left out, and line breaks kept as <c>\n</c>.
/// </summary>
internal static class MarkdownText
{
    /// <summary>CommonMark as GitHub shows a README; built once.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().Build();

    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);

    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(text, container);
        return text.ToString();
    }

    public static string Of(LeafBlock block) => Of(block.Inline);

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
