using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>Reads one form of saved Daily Papers page. The parser asks each reader in turn whether it recognises the text.</summary>
public interface IListingReader
{
    ListingFormat Format { get; }

    bool Recognizes(ListingText text);

    RawListing Read(ListingText text, DiagnosticBag diagnostics);
}
