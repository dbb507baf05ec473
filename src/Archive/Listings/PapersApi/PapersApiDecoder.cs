using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.PapersApi;

/// <summary>
/// The Hugging Face papers API's JSON (<c>/api/daily_papers</c>, <c>/api/papers/…</c>, and the same objects
/// elsewhere; see <see cref="PapersApiReader"/>): title, <c>summary</c> (never <c>ai_summary</c>), the shown authors'
/// names, organisation, upvotes, arXiv id and <c>paper.publishedAt</c> as the paper's date. The newest
/// <c>submittedOnDailyAt</c> (or a scraper's <c>scraped_date</c>) states the capture day.
/// </summary>
internal sealed class PapersApiDecoder : IListingDecoder
{
    public bool ReadsLongLines => true;

    public ListingFormat Form => ListingFormat.PapersApiJson;

    /// <summary>JSON opens an object or an array of objects; no other form does.</summary>
    public bool Recognizes(ListingText text) => PapersApiReader.LooksLikeJson(text.Lines);

    public DecodedCapture Decode(ListingText text, DiagnosticBag diagnostics)
    {
        var capture = PapersApiReader.Read(text.Content);
        if (capture.Break is { } broken)
        {
            diagnostics.Warning(DiagnosticIds.JsonBroken, new SourceLocation(text.File, broken.Line),
                $"the JSON stops being valid here ({broken.Message.Split(" Path:", 2)[0].TrimEnd('.')}); the {capture.Papers.Count} papers before this point are read. Save the response again to get the rest.");
        }

        foreach (var line in capture.NotPapers)
        {
            diagnostics.Warning(DiagnosticIds.JsonElementNotAPaper, new SourceLocation(text.File, line),
                "this element is not a paper (it has no title or no id); it is not read.");
        }

        var cards = capture.Papers.Select(paper => ToCard(text.File, paper)).ToList();
        var stated = capture.NewestDailyDay is { } day
            ? PartialDate.Of(day, new SourceLocation(text.File, capture.Papers.First(p => (p.SubmittedOnDaily ?? p.Scraped) == day).Line))
            : (PartialDate?)null;
        return new DecodedCapture(Form, stated, RepeatedCards.Merge(cards));
    }

    private static PaperCard ToCard(string file, ApiPaper paper)
    {
        var at = new SourceLocation(file, paper.Line);
        return new PaperCard(Shown.At(paper.Title, at))
        {
            Abstract = paper.Summary is { } summary ? Shown.At(summary, at) : null,
            AuthorNames = paper.AuthorNames.Count > 0 ? Shown.At(paper.AuthorNames, at) : null,
            Organization = paper.Organization is { } organization ? Shown.At(organization, at) : null,
            Upvotes = paper.Upvotes is { } upvotes ? Shown.At(upvotes, at) : null,
            ArxivId = paper.ArxivId is { } id ? Shown.At(id, at) : null,
            Published = paper.Published is { } day ? PartialDate.Of(day, at) : null,
        };
    }
}
