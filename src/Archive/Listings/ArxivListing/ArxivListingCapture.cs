namespace PaperArchive.Listings.ArxivListing;

/// <summary>The entries of an arXiv listing in page order, and its newest day heading (the day it was captured on
/// or after).</summary>
internal sealed record ArxivListingCapture(IReadOnlyList<ArxivEntry> Entries, DateOnly? NewestDay, int? NewestDayLine);
