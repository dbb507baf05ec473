namespace PaperArchive.Listings;

/// <summary>
/// What a decoder read from one capture, before the plausibility gate and before dates are resolved: the form it
/// was taken for, the capture day when the content states one, and the cards in page order.
/// </summary>
/// <param name="StatedCaptureDate">The capture day the content states (front matter <c>exported:</c>, a clipper's
/// captured stamp, a digest's "Last Updated", the API's <c>submittedOnDailyAt</c>, an arXiv day heading, the page's
/// own <c>Dec 8</c>); its year may be missing. Null when the content states none.</param>
internal sealed record DecodedCapture(ListingFormat Form, PartialDate? StatedCaptureDate, IReadOnlyList<PaperCard> Cards);
