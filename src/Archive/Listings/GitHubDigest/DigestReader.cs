using System.Globalization;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperArchive.Listings.GitHubDigest;

/// <summary>
/// Reads a Markdown digest of daily papers kept in a GitHub repository through Markdig's syntax tree: each
/// numbered <c>&lt;details&gt;&lt;summary&gt;&lt;b&gt;N. Title&lt;/b&gt;</c> block, up to the next one, a heading or a
/// thematic break, gives one card from its link line, its authors line and its quote. Badges, tables, code
/// samples and JSON examples lie outside those blocks and are never read.
/// </summary>
public static class DigestReader
{
    private static readonly string[] DateForms = ["MMMM d, yyyy", "MMMM dd, yyyy", "yyyy-MM-dd"];

    public static DigestCapture Read(string text)
    {
        var document = MarkdownText.Parse(text);
        var cards = new List<DigestCard>();
        CardBuilder? open = null;
        DateOnly? lastUpdated = null;
        int? lastUpdatedLine = null;
        foreach (var block in document)
        {
            if (block is HtmlBlock html && DigestSummary.Read(html.Lines.ToString()) is { } summary)
            {
                Close(open, cards);
                open = new CardBuilder(FirstLineOfSummary(html), summary.Number, summary.Title);
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
                (lastUpdated, lastUpdatedLine) = (day, paragraph.Line + 1);
            }
        }

        Close(open, cards);
        return new DigestCapture(cards, lastUpdated, lastUpdatedLine);
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

    private sealed class CardBuilder(int line, int number, string title)
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
                    var text = string.Join(' ', quote.OfType<ParagraphBlock>().Select(p => DigestSummary.Collapse(MarkdownText.Of(p))));
                    if (text.Length > 0)
                    {
                        _quote = new DigestQuote(text, quote.Line + 1);
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
                (_arxivId, _arxivIdLine) = (id, paragraph.Line + 1);
            }

            if (paragraph.Inline?.FirstChild is EmphasisInline label && MarkdownText.Of(label).TrimEnd().EndsWith("Authors:", StringComparison.Ordinal))
            {
                var names = MarkdownText.Of(paragraph)[MarkdownText.Of(label).Length..];
                _authors = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                _authorsLine = paragraph.Line + 1;
            }
        }
    }
}
