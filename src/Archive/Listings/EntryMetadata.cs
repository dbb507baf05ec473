namespace PaperArchive.Listings;

/// <summary>The metadata the text forms show under a card (author count or organisation, date, upvotes), each field with its place.</summary>
internal sealed record EntryMetadata(Shown<int>? Authors, Shown<string>? Organization, PartialDate? Published, Shown<int>? Upvotes)
{
    public PaperCard ApplyTo(PaperCard card) => card with
    {
        AuthorCount = Authors ?? card.AuthorCount,
        Organization = Organization ?? card.Organization,
        Published = Published ?? card.Published,
        Upvotes = Upvotes ?? card.Upvotes,
    };
}
