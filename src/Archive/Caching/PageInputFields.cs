using PaperArchive.Catalog;
using PaperArchive.Enrichment;
using PaperArchive.Site.Pages;

namespace PaperArchive.Caching;

/// <summary>
/// The fields of what a paper's page is made from, added to a <see cref="Fingerprint"/> one by one in a fixed order,
/// each text and list after its length: cheaper than serialising the records, and still one digest input for one
/// value. A property added to one of these records must be added here (PageFingerprintsTests changes every property
/// and fails on one that leaves the fingerprint as it was).
/// </summary>
internal static class PageInputFields
{
    public static Fingerprint AddPaper(this Fingerprint fingerprint, Paper paper)
    {
        fingerprint.Add(paper.Id).Add(paper.Slug).Add(paper.Title).Add(paper.Abstract).Add(paper.Authors)
            .Add(paper.AuthorNames).Add(paper.Organization).Add(paper.Published).Add(paper.Added).Add(paper.Upvotes)
            .Add(paper.Themes).Add(paper.Sources.Count);
        foreach (var source in paper.Sources)
        {
            fingerprint.Add(source.File).Add(source.Line);
        }

        fingerprint.Add(paper.Hidden).Add(paper.Note).Add(paper.ArxivId);
        return paper.Arxiv is { } arxiv ? fingerprint.Add(true).AddArxiv(arxiv) : fingerprint.Add(false);
    }

    public static Fingerprint AddSources(this Fingerprint fingerprint, IReadOnlyList<SourceLink> sources)
    {
        fingerprint.Add(sources.Count);
        foreach (var source in sources)
        {
            fingerprint.Add(source.Title).Add(source.File).Add(source.Line).Add(source.Path);
        }

        return fingerprint;
    }

    public static Fingerprint AddSummary(this Fingerprint fingerprint, PaperSummary summary)
    {
        fingerprint.Add(summary.Id).Add(summary.Slug).Add(summary.Path).Add(summary.Title).Add(summary.Teaser)
            .Add(summary.Published).Add(summary.PublishedIso).Add(summary.Added).Add(summary.AddedIso).Add(summary.Upvotes)
            .Add(summary.Byline).Add(summary.Themes.Count);
        foreach (var theme in summary.Themes)
        {
            fingerprint.Add(theme.Label).Add(theme.Path);
        }

        return fingerprint;
    }

    private static Fingerprint AddArxiv(this Fingerprint fingerprint, ArxivEntry arxiv) =>
        fingerprint.Add(arxiv.Id).Add(arxiv.Version).Add(arxiv.Title).Add(arxiv.Authors).Add(arxiv.Published)
            .Add(arxiv.Updated).Add(arxiv.PrimaryCategory).Add(arxiv.Categories).Add(arxiv.PdfUrl).Add(arxiv.Doi)
            .Add(arxiv.JournalRef).Add(arxiv.Comment).Add(arxiv.Abstract);
}
