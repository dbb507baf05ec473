using System.Text;
using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Tests.Listings;

/// <summary>
/// The catalog one capture yields, as a person checks it against the page: how many papers, and for each its title,
/// arXiv id, date, authors or organisation and upvotes ("-" where the capture shows none), then every diagnostic.
/// </summary>
internal static class CaptureFormSnapshot
{
    public static string Of(Listing? listing, DiagnosticBag diagnostics)
    {
        var text = new StringBuilder();
        if (listing is not null)
        {
            var papers = CatalogBuilder.Build([listing], new DiagnosticBag()).Papers.OrderBy(p => p.Sources[0].Line).ToList();
            text.Append($"format: {listing.Format}\ncaptured: {listing.Captured:yyyy-MM-dd}\n");
            text.Append($"{listing.Entries.Count} cards, {papers.Count} papers\n");
            foreach (var paper in papers)
            {
                text.Append($"line {paper.Sources[0].Line}: {paper.Title}\n");
                text.Append($"  arxiv: {paper.ArxivId ?? "-"}; published: {paper.Published?.ToString("yyyy-MM-dd") ?? "-"}; ");
                text.Append($"authors: {paper.Authors?.ToString() ?? "-"}; organization: {paper.Organization ?? "-"}; upvotes: {paper.Upvotes?.ToString() ?? "-"}\n");
                text.Append(paper.Abstract is { } a ? $"  abstract: {a[..Math.Min(60, a.Length)]}... ({a.Length} characters)\n" : "  abstract: -\n");
            }
        }

        text.Append("diagnostics:\n");
        foreach (var diagnostic in diagnostics.Sorted())
        {
            text.Append("  ").Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }
}
