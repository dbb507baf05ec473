using System.Text.RegularExpressions;
using Markdig;
using PaperArchive.Diagnostics;
using PaperArchive.Listings.Markdown;

namespace PaperArchive.Listings.PaperPage;

/// <summary>
/// Markdown of one paper's own Hugging Face page (<c>huggingface.co/papers/2410.02675</c>), as readers such as Jina's
/// and clippers (Obsidian Web Clipper) make it: the <c>arxiv:2410.02675</c> line over the title heading, <c>Published on Oct 3, 2024</c>, the
/// upvote button, the "Authors:" list and the "Abstract" section (see <see cref="PaperPageReader"/>). One card.
/// </summary>
internal sealed partial class PaperPageDecoder : IListingDecoder
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>How far below the <c>arxiv:</c> line the title heading may stand ("Copy markdown" and blank lines between).</summary>
    private const int TitleReach = 6;

    public ListingFormat Form => ListingFormat.PaperPage;

    public bool Recognizes(ListingText text) => TitleLine(text.Lines) is not null;

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var (idLine, titleLine) = TitleLine(text.Lines)!.Value;
        var lines = VisibleText.Of(Markdig.Markdown.Parse(text.Content, Pipeline), 0);
        var id = IdLine().Match(text.Lines[idLine].Trim()).Groups[1].Value;
        var card = PaperPageReader.Read(text.File, lines, titleLine + 1, Shown.At(id, new SourceLocation(text.File, idLine + 1)), diagnostics);
        return new DecodedCapture(Form, CaptureDay(text, idLine), card is null ? [] : [card]);
    }

    /// <summary>A clipper's own stamp above the page (Obsidian Web Clipper's <c>created: 2026-05-16</c>, a crawler's <c>timestamp:</c>). The page's
    /// <c>published</c>, <c>Published Time</c> and <c>Date</c> lines are the page's and the paper's dates, not the capture's.</summary>
    private static PartialDate? CaptureDay(ListingText text, int idLine)
    {
        for (var i = 0; i < idLine; i++)
        {
            if (StampLine().IsMatch(text.Lines[i]) && CaptureStamp.Find(text.Lines[i], new SourceLocation(text.File, i + 1)) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>The 0-based lines of the <c>arxiv:</c> line and of the title heading under it, or null.</summary>
    private static (int Id, int Title)? TitleLine(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IdLine().IsMatch(lines[i].Trim()))
            {
                continue;
            }

            for (var j = i + 1; j < lines.Count && j <= i + TitleReach; j++)
            {
                if (Heading().IsMatch(lines[j]) || (j + 1 < lines.Count && lines[j].Trim().Length > 0 && SetextUnderline().IsMatch(lines[j + 1])))
                {
                    return (i, j);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:created|captured|clipped|saved|retrieved|timestamp):\s", RegexOptions.IgnoreCase)]
    private static partial Regex StampLine();

    [GeneratedRegex(@"^#{1,6} \S")]
    private static partial Regex Heading();

    /// <summary>The <c>=====</c> under a title a converter wrote as a Setext heading.</summary>
    [GeneratedRegex(@"^=+\s*$")]
    private static partial Regex SetextUnderline();


    [GeneratedRegex(@"^arxiv:(\d{4}\.\d{4,5})$", RegexOptions.IgnoreCase)]
    private static partial Regex IdLine();
}
