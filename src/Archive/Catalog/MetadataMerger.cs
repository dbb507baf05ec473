using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;
using PaperArchive.Input;

namespace PaperArchive.Catalog;

/// <summary>
/// Fills the gaps of the catalog with what <c>archive enrich</c> learned from arXiv (<c>input/metadata/</c>): the arXiv
/// id, the authors' names, the publication date of papers the listings leave undated, and the abstract of papers
/// that came without one. What a listing shows wins; where the two disagree (an id, a title, a date, an author
/// count), a warning at the metadata file's line names both.
/// </summary>
public static class MetadataMerger
{
    public static PaperCatalog Merge(PaperCatalog catalog, IReadOnlyList<PaperMetadata> metadata, DiagnosticBag diagnostics)
    {
        if (metadata.Count == 0)
        {
            return catalog;
        }

        var bySlug = metadata.ToDictionary(m => m.Slug, StringComparer.Ordinal);
        foreach (var stray in metadata.Where(m => catalog.FindBySlug(m.Slug) is null))
        {
            diagnostics.Warning(DiagnosticIds.MetadataUnknownPaper, stray.Location,
                $"no paper has the slug '{stray.Slug}' (a listing may have changed its title); this file is not used. Delete it, or run `archive enrich` for the paper's new slug.");
        }

        var papers = catalog.Papers
            .Select(p => bySlug.GetValueOrDefault(p.Slug) is { Arxiv: { } arxiv } found ? Fill(p, arxiv, found, diagnostics) : p)
            .ToList();
        return catalog.WithPapers(papers);
    }

    private static Paper Fill(Paper paper, ArxivEntry arxiv, PaperMetadata file, DiagnosticBag diagnostics)
    {
        var listing = paper.Sources.Count > 0 ? $"the listing ({paper.Sources[0].File}, line {paper.Sources[0].Line})" : "the listing";
        if (paper.ArxivId is { } linked && linked != arxiv.Id)
        {
            // The metadata describes another paper than the one the listing links: none of it is taken.
            diagnostics.Warning(DiagnosticIds.MetadataOtherArxivId, file.LocationOf(MetadataKeys.Arxiv),
                $"{listing} links arXiv {linked}, this file describes arXiv {arxiv.Id}; the file is not used. Run `archive enrich --refresh` to ask about {linked}.");
            return paper;
        }

        if (!ArxivTitle.SameTitle(paper.Title, arxiv.Title))
        {
            diagnostics.Warning(DiagnosticIds.MetadataTitleDiffers, file.LocationOf(MetadataKeys.Title),
                $"{listing} titles the paper '{paper.Title}', arXiv '{arxiv.Title}'; the listing's title is kept.");
        }

        if (paper.Published is { } shown && arxiv.Published is { } first && shown != first)
        {
            diagnostics.Warning(DiagnosticIds.MetadataDateDiffers, file.LocationOf(MetadataKeys.Published),
                $"{listing} dates '{paper.Title}' {shown:yyyy-MM-dd}, arXiv's first version {first:yyyy-MM-dd}; the listing's date is kept.");
        }

        var names = paper.AuthorNames.Count > 0 ? paper.AuthorNames : arxiv.Authors;
        if (paper.AuthorNames.Count == 0 && paper.Authors is { } count && arxiv.Authors.Count > 0 && count != arxiv.Authors.Count)
        {
            diagnostics.Warning(DiagnosticIds.MetadataAuthorCountDiffers, file.LocationOf(MetadataKeys.Authors),
                $"{listing} counts {count} authors of '{paper.Title}', arXiv names {arxiv.Authors.Count}; the names are shown, so the page says {arxiv.Authors.Count}.");
        }

        return paper with
        {
            ArxivId = paper.ArxivId ?? arxiv.Id,
            Arxiv = arxiv,
            AuthorNames = names,
            Authors = names.Count > 0 ? names.Count : paper.Authors,
            Published = paper.Published ?? arxiv.Published,
            Abstract = paper.Abstract ?? arxiv.Abstract,
        };
    }
}
