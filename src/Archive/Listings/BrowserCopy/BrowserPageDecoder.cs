using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.BrowserCopy;

/// <summary>
/// The page as a browser copies it: header, the capture date ("Dec 8"), then blocks separated by blank lines:
/// title, abstract, and optionally a metadata block (<c>• 11 authors</c>, <c>·</c>, <c>Feb 12</c>).
/// </summary>
internal sealed class BrowserPageDecoder : IListingDecoder
{
    public ListingFormat Form => ListingFormat.DailyPapersPage;

    public bool Recognizes(ListingText text)
    {
        var header = PageHeader.Read(text.Lines);
        var body = text.Lines.Skip(header.BodyStart).ToList();
        var blank = body.Count(l => l.Trim().Length == 0);
        var filled = body.Count - blank;
        var hasMetadata = body.Any(l => l.Trim() == TextBlock.MetadataSeparator);
        var hasPageHeader = header.CaptureDate is not null;
        return filled > 0 && (hasMetadata || (hasPageHeader && blank * 4 >= filled));
    }

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var header = PageHeader.Read(text.Lines);
        PartialDate? captured = null;
        if (header.CaptureDate is { } dateLine &&
            DateLine.TryParse(dateLine.Text, dateLine.LocationIn(text.File), out var date, out _))
        {
            captured = date;
        }

        var blocks = SplitIntoBlocks(text.Lines, header);
        var cards = EntryAssembler.Assemble(text.File, blocks, diagnostics);
        return new DecodedCapture(Form, captured, cards);
    }

    private static List<TextBlock> SplitIntoBlocks(IReadOnlyList<string> lines, PageHeader header)
    {
        var blocks = new List<TextBlock>();
        var current = new List<TextLine>();
        if (header.GluedFirstLine is { } glued)
        {
            current.Add(glued);
        }

        for (var index = header.BodyStart; index < lines.Count; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            current.Add(new TextLine(line, index + 1));
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(new TextBlock(current));
                current = [];
            }
        }
    }
}
