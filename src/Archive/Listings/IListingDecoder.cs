using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Reads one form of capture into <see cref="PaperCard"/>s. The parser asks each decoder in turn, most specific
/// first, whether it recognises the text; recognition looks at the content only, never the file name or extension.
/// A decoder sets a card field only when the capture shows it, and reports what it could not read as warnings.
/// </summary>
internal interface IListingDecoder
{
    ListingFormat Form { get; }

    /// <summary>True for a decoder whose parser reads the whole document and takes lines of any length (JSON, HTML);
    /// it gets the lines uncut. The others get lines cut at <see cref="ListingText.MaxLineLength"/>, with a warning.</summary>
    bool ReadsLongLines => false;

    /// <summary>Cheap: looks at the start of the text or a few lines, never parses the whole capture.</summary>
    bool Recognizes(ListingText text);

    DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics);
}
