using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PaperArchive.Text;

namespace PaperArchive.Listings.GitHubDigest;

/// <summary>
/// Reads a Markdown digest of daily papers kept in a GitHub repository through Markdig's syntax tree: each
/// numbered <c>&lt;details&gt;&lt;summary&gt;&lt;b&gt;N. Title&lt;/b&gt;</c> block, up to the next one, a heading or a
/// thematic break, gives one card from its link line, its authors line and its quote. Badges, tables, code
/// samples and JSON examples lie outside those blocks and are never read.
/// </summary>
internal static class DigestReader
{
    private static readonly string[] DateForms = ["MMMM d, yyyy", "MMMM dd, yyyy", "yyyy-MM-dd"];

    /// <summary>How often a lost closing fence may make the reader start again after it (each time further on).</summary>
    private const int MaxRestarts = 100;

    public static DigestCapture Read(string text)
    {
        var cards = new List<DigestCard>();
        DateOnly? lastUpdated = null;
        int? lastUpdatedLine = null;
        var lineOffset = 0;
        for (var restarts = 0; ; restarts++)
        {
            var restartAt = ReadBlocks(text, lineOffset, cards, ref lastUpdated, ref lastUpdatedLine);
            if (restartAt is not { } start || restarts == MaxRestarts)
            {
                return new DigestCapture(cards, lastUpdated, lastUpdatedLine);
            }

            text = string.Join('\n', text.Split('\n').Skip(start));
            lineOffset += start;
        }
    }

    /// <summary>Reads the blocks of <paramref name="text"/>, whose first line is line <paramref name="lineOffset"/> + 1 of
    /// the file. Returns the 0-based line of <paramref name="text"/> to read again from when a code sample that lost its
    /// closing fence swallowed digest blocks (GitHub would show them as code too; a reader of the file still sees them),
    /// else null.</summary>
    private static int? ReadBlocks(string text, int lineOffset, List<DigestCard> cards, ref DateOnly? lastUpdated, ref int? lastUpdatedLine)
    {
        var document = MarkdownText.Parse(text);
        CardBuilder? open = null;
        foreach (var block in document)
        {
            if (block is HtmlBlock html && DigestSummary.Read(html.Lines.ToString()) is { } summary)
            {
                Close(open, cards);
                open = new CardBuilder(lineOffset, FirstLineOfSummary(html) + lineOffset, summary.Number, summary.Title);
            }
            else if (block is FencedCodeBlock code && SwallowsBlocks(code))
            {
                Close(open, cards);
                return code.Lines.Lines[0].Line;
            }
            else if (block is HeadingBlock or ThematicBreakBlock)
            {
                Close(open, cards);
                open = null;
            }
            else if (open is not null)
            {
                open.Add(block);
            }
            else if (lastUpdated is null && block is ParagraphBlock paragraph && LastUpdated(paragraph) is { } day)
            {
                (lastUpdated, lastUpdatedLine) = (day, paragraph.Line + 1 + lineOffset);
            }
        }

        Close(open, cards);
        return null;
    }

    /// <summary>A code block holding a numbered summary and a real paper link swallowed digest blocks: a fence lost
    /// its closing line and the next fence closed it. A code sample of the digest's own format shows no real paper.</summary>
    private static bool SwallowsBlocks(FencedCodeBlock code)
    {
        var lines = Enumerable.Range(0, code.Lines.Count).Select(i => code.Lines.Lines[i].Slice.ToString()).ToList();
        return lines.Any(line => DigestSummary.Read(line) is not null) && lines.Any(line => PaperLinkIn(line) is not null);
    }

    /// <summary>The arXiv id of the first paper URL written in a line of raw text, if any.</summary>
    private static string? PaperLinkIn(string line)
    {
        foreach (var prefix in (string[])["https://huggingface.co/papers/", "https://arxiv.org/abs/"])
        {
            var at = line.IndexOf(prefix, StringComparison.Ordinal);
            if (at >= 0)
            {
                var end = line.IndexOfAny([')', ' ', '"', ']', '>'], at);
                return ArxivId.FromUrl(end < 0 ? line[at..] : line[at..end]);
            }
        }

        return null;
    }

    private static void Close(CardBuilder? open, List<DigestCard> cards)
    {
        if (open is not null)
        {
            cards.Add(open.Build());
        }
    }

    /// <summary>The 1-based line of <c>&lt;summary&gt;</c> inside an HTML block that may start with <c>&lt;details&gt;</c>.</summary>
    private static int FirstLineOfSummary(HtmlBlock html)
    {
        var lines = html.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (DigestSummary.Read(lines.Lines[i].Slice.ToString()) is not null)
            {
                return lines.Lines[i].Line + 1;
            }
        }

        return html.Line + 1;
    }

    /// <summary>"**Last Updated:** April 21, 2026" (or 2025-12-04).</summary>
    private static DateOnly? LastUpdated(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not EmphasisInline label || MarkdownText.Of(label).Trim() != "Last Updated:")
        {
            return null;
        }

        var value = MarkdownText.Of(paragraph).Replace("Last Updated:", string.Empty, StringComparison.Ordinal).Trim();
        return DateOnly.TryParseExact(value, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private sealed class CardBuilder(int lineOffset, int line, int number, string title)
    {
        private string? _arxivId;
        private int? _arxivIdLine;
        private IReadOnlyList<string> _authors = [];
        private int? _authorsLine;
        private DigestQuote? _quote;

        public void Add(Block block)
        {
            switch (block)
            {
                case QuoteBlock quote when _quote is null:
                    var text = string.Join(' ', quote.OfType<ParagraphBlock>().Select(p => WhiteSpace.Collapse(MarkdownText.Of(p))));
                    if (text.Length > 0)
                    {
                        _quote = new DigestQuote(text, quote.Line + 1 + lineOffset);
                    }

                    break;
                case ParagraphBlock paragraph:
                    ReadParagraph(paragraph);
                    break;
            }
        }

        public DigestCard Build() => new(line, number, title, _arxivId, _arxivIdLine, _authors, _authorsLine, _quote);

        private void ReadParagraph(ParagraphBlock paragraph)
        {
            var id = paragraph.Inline?.Descendants<LinkInline>()
                .Where(link => !link.IsImage && link.Url is not null)
                .Select(link => ArxivId.FromUrl(link.Url!))
                .FirstOrDefault(id => id is not null);
            if (_arxivId is null && id is not null)
            {
                (_arxivId, _arxivIdLine) = (id, paragraph.Line + 1 + lineOffset);
            }

            if (paragraph.Inline?.FirstChild is EmphasisInline label && MarkdownText.Of(label).TrimEnd().EndsWith("Authors:", StringComparison.Ordinal))
            {
                var names = MarkdownText.Of(paragraph)[MarkdownText.Of(label).Length..];
                _authors = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                _authorsLine = paragraph.Line + 1 + lineOffset;
            }
        }
    }
}
