using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperArchive.Listings.Markdown;

/// <summary>A line of a Markdown capture as a reader sees it, the links on it, and the block it belongs to.</summary>
internal sealed record VisibleLine(string Text, int Number, IReadOnlyList<PageLink> Links, int Block, bool IsHeading)
{
    /// <summary>The heading's level (1 for <c>#</c>), 0 for any other line.</summary>
    public int Level { get; init; }
}

/// <summary>A link as a reader sees it: its visible text and where it points.</summary>
internal readonly record struct PageLink(string Url, string Text);

/// <summary>
/// Walks Markdig's syntax tree of a capture and keeps what a reader sees, line by line: images (avatars, logos)
/// vanish, emphasis marks and escapes are gone, a link shows its text and is remembered with its target. Code blocks
/// and HTML are not part of the page's text.
/// </summary>
internal static class VisibleText
{
    public static List<VisibleLine> Of(MarkdownDocument document, int lineOffset)
    {
        var lines = new List<VisibleLine>();
        var block = 0;
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not { } inline || leaf is CodeBlock)
            {
                continue;
            }

            var reader = new LineReader(lines, block++, leaf is HeadingBlock h ? h.Level : 0, leaf.Line + 1 + lineOffset);
            reader.Read(inline);
            reader.Flush();
        }

        return lines;
    }

    /// <summary>The visible text of inlines on one line (line breaks become spaces), and the links among them.</summary>
    public static string TextOf(ContainerInline container, List<PageLink>? links = null)
    {
        var text = new StringBuilder();
        Append(container, text, links);
        return Collapse(text);
    }

    private static void Append(ContainerInline container, StringBuilder text, List<PageLink>? links)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    var inner = TextOf(link);
                    links?.Add(new PageLink(link.Url ?? string.Empty, inner));
                    if (!IsCommentCount(link.Url))
                    {
                        text.Append(inner);
                    }

                    break;
                case ContainerInline nested:
                    Append(nested, text, links);
                    break;
                default:
                    AppendLeaf(inline, text);
                    break;
            }
        }
    }

    private static void AppendLeaf(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
        }
    }

    /// <summary>The comment count after a card's date (<c>May 29[6](…#community)</c>) is no part of the date.</summary>
    private static bool IsCommentCount(string? url) => url is not null && url.EndsWith("#community", StringComparison.Ordinal);

    private static string Collapse(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                // "Engage\  with": a line break the clipper escaped, not a backslash in the title.
                continue;
            }

            var space = char.IsWhiteSpace(c);
            if (space && (collapsed.Length == 0 || collapsed[^1] == ' '))
            {
                continue;
            }

            collapsed.Append(space ? ' ' : c);
        }

        return collapsed.ToString().TrimEnd();
    }

    /// <summary>Splits a block's inlines at its line breaks; a link's text stays on the line the link starts on.</summary>
    private sealed class LineReader(List<VisibleLine> lines, int block, int level, int firstLine)
    {
        private readonly StringBuilder _text = new();
        private List<PageLink> _links = [];
        private int _number = firstLine;

        public void Read(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LineBreakInline:
                        Flush();
                        _number++;
                        break;
                    case LinkInline { IsImage: true }:
                        break;
                    case LinkInline link:
                        var start = _number;
                        var inner = TextOf(link);
                        _links.Add(new PageLink(link.Url ?? string.Empty, inner));
                        if (!IsCommentCount(link.Url))
                        {
                            _text.Append(inner);
                        }

                        _number = start + LineBreaksIn(link);
                        break;
                    case ContainerInline nested:
                        Read(nested);
                        break;
                    default:
                        AppendLeaf(inline, _text);
                        break;
                }
            }
        }

        public void Flush()
        {
            var text = Collapse(_text).Trim();
            if (text.Length > 0 || _links.Count > 0)
            {
                lines.Add(new VisibleLine(text, _number, _links, block, level > 0) { Level = level });
            }

            _text.Clear();
            _links = [];
        }

        private static int LineBreaksIn(ContainerInline container)
        {
            var count = 0;
            foreach (var inline in container.Descendants<LineBreakInline>())
            {
                count++;
            }

            return count;
        }
    }
}
