using PaperArchive.Catalog;
using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>
/// Everything a paper's page is made from besides the site-wide facts (<see cref="SiteInfo"/>), gathered before the
/// page is built: <see cref="PaperPageBuilder"/> reads nothing else. So when this record is unchanged since the last
/// build, the page is too, and the file written then can be kept (see <c>Caching/PageFingerprints</c>).
/// </summary>
public sealed record PaperPageInputs(Paper Paper, PaperSummary Summary, IReadOnlyList<PaperSummary> Related, IReadOnlyList<SourceLink> Sources)
{
    public const int RelatedShown = 5;

    public static PaperPageInputs Of(SiteModel site, Paper paper) => new(
        paper,
        site.SummaryOf(paper),
        site.Content.Related.For(paper)
            .Where(p => site.Summaries.ContainsKey(p.Id))
            .Take(RelatedShown)
            .Select(site.SummaryOf)
            .ToList(),
        paper.Sources.Select(s => new SourceLink(
            site.Content.Config.ListingFor(s.File)?.Title ?? s.File,
            s.File,
            s.Line,
            site.CapturedOn(s.File) is { } day ? SiteUrls.AddedOn(day) : null)).ToList());
}
