namespace PaperArchive.Listings.PapersApi;

/// <summary>
/// One paper object of the Hugging Face papers API, as far as it goes: every field is null (names empty) when the
/// object does not carry it. <see cref="Published"/> is <c>paper.publishedAt</c> (the paper's own date), never the
/// top-level <c>publishedAt</c>, which is hours off and can fall on another day. <see cref="Scraped"/> is the day a
/// scraper stamped on its copy (<c>scraped_date</c>).
/// </summary>
internal sealed record ApiPaper(
    int Line,
    string? ArxivId,
    string RawId,
    string Title,
    string? Summary,
    IReadOnlyList<string> AuthorNames,
    string? Organization,
    int? Upvotes,
    DateOnly? Published,
    DateOnly? SubmittedOnDaily,
    DateOnly? Scraped = null);
