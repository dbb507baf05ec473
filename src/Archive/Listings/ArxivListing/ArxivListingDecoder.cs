using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.ArxivListing;

/// <summary>
/// An arXiv listing page (<c>arxiv.org/list/&lt;category&gt;/new</c> or <c>/recent</c>) saved as text or Markdown
/// (see <see cref="ArxivListingReader"/>): each entry gives its arXiv id, title and authors' names, and the day
/// heading it stands under is the day arXiv announced it. The newest day heading states the capture day. Such a page
/// shows no abstract, no upvotes and no organisation; they stay unknown.
/// </summary>
internal sealed class ArxivListingDecoder : IListingDecoder
{
    public ListingFormat Form => ListingFormat.ArxivListing;

    /// <summary>An <c>arXiv:</c> entry line and a day heading.</summary>
    public bool Recognizes(ListingText text) =>
        text.Lines.Any(line => line.Contains("arXiv:", StringComparison.Ordinal) && ArxivListingLine.EntryId(line) is not null) &&
        text.Lines.Any(line => ArxivListingLine.DayHeading(line) is not null);

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var capture = ArxivListingReader.Read(text.Content);
        var cards = new List<PaperCard>(capture.Entries.Count);
        foreach (var entry in capture.Entries)
        {
            if (entry.Title is not { } title)
            {
                diagnostics.Warning(DiagnosticIds.ArxivEntryWithoutTitle, new SourceLocation(text.File, entry.Line),
                    $"arXiv:{entry.ArxivId} has no title line under it; it is not read. Save the page again if it was cut off.");
                continue;
            }

            cards.Add(new PaperCard(Shown.At(title, At(text, entry.TitleLine!.Value)))
            {
                ArxivId = Shown.At(entry.ArxivId, At(text, entry.Line)),
                AuthorNames = entry.AuthorNames.Count > 0 ? Shown.At(entry.AuthorNames, At(text, entry.AuthorsLine!.Value)) : null,
                Announced = entry.Announced is { } day ? PartialDate.Of(day, At(text, entry.AnnouncedLine!.Value)) : null,
            });
        }

        var stated = capture.NewestDay is { } newest ? PartialDate.Of(newest, At(text, capture.NewestDayLine!.Value)) : (PartialDate?)null;
        return new DecodedCapture(Form, stated, RepeatedCards.Merge(cards));
    }

    private static SourceLocation At(ListingText text, int line) => new(text.File, line);
}
