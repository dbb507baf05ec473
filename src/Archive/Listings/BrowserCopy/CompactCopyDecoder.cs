using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.BrowserCopy;

/// <summary>
/// A terser copy of the page: one or two header lines, then a title line and an abstract line for each paper, with
/// no blank lines and no metadata. The first title is usually glued to the word "Subscribe".
/// </summary>
internal sealed class CompactCopyDecoder : IListingDecoder
{
    private const int LinesToRecognize = 6;

    public ListingFormat Form => ListingFormat.CompactText;

    public bool Recognizes(ListingText text)
    {
        var header = PageHeader.Read(text.Lines);
        var body = Body(text, header).Take(LinesToRecognize).ToList();
        // Without the page header, accept only adjacent title-then-abstract lines: prose paragraphs are not a listing.
        // They may come a few lines down, below a header line that was damaged and is no longer recognised as one.
        var startsLikeEntries = Enumerable.Range(0, Math.Max(0, body.Count - 1)).Any(i =>
            body[i + 1].Number == body[i].Number + 1 &&
            new TextBlock([body[i]]).LooksLikeTitle && !new TextBlock([body[i + 1]]).LooksLikeTitle);
        return (header.BodyStart > 0 && body.Count > 0) || startsLikeEntries;
    }

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var header = PageHeader.Read(text.Lines);
        var blocks = Body(text, header).Select(line => new TextBlock([line])).ToList();
        return new DecodedCapture(Form, null, EntryAssembler.Assemble(text.File, blocks, diagnostics));
    }

    private static IEnumerable<TextLine> Body(ListingText text, PageHeader header)
    {
        if (header.GluedFirstLine is { } glued)
        {
            yield return glued;
        }

        for (var index = header.BodyStart; index < text.Lines.Count; index++)
        {
            var line = text.Lines[index].Trim();
            if (line.Length > 0)
            {
                yield return new TextLine(line, index + 1);
            }
        }
    }
}
