using System.Text;
using PaperArchive.Catalog;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Tests.Listings.StructuredForms;

/// <summary>
/// The catalog one capture yields, every field a page would show, for golden files: the form and capture day, then
/// each paper with its source line, title, arXiv id, date, authors (names or count), organisation, upvotes and the
/// start of its abstract; unknown fields print as "-". Then the diagnostics.
/// </summary>
internal static class CatalogSnapshot
{
    public static string Of(Listing? listing, DiagnosticBag diagnostics)
    {
        var text = new StringBuilder();
        if (listing is not null)
        {
            var catalog = CatalogBuilder.Build([listing], diagnostics);
            text.Append($"form: {listing.Format}\ncaptured: {listing.Captured:yyyy-MM-dd}\npapers: {catalog.Papers.Count}\n");
            foreach (var paper in catalog.Papers.OrderBy(p => p.Sources[0].Line))
            {
                text.Append($"line {paper.Sources[0].Line}: {paper.Title}\n");
                text.Append($"  arxiv: {paper.ArxivId ?? "-"}; published: {paper.Published?.ToString("yyyy-MM-dd") ?? "-"}; upvotes: {paper.Upvotes?.ToString() ?? "-"}; organization: {paper.Organization ?? "-"}\n");
                text.Append($"  authors: {Authors(paper)}\n");
                text.Append(paper.Abstract is { } a ? $"  abstract: {(a.Length <= 70 ? a : a[..70] + "...")} ({a.Length} characters)\n" : "  abstract: -\n");
            }
        }

        text.Append("diagnostics:\n");
        foreach (var diagnostic in diagnostics.Sorted())
        {
            text.Append("  ").Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }

    private static string Authors(Paper paper) => paper.AuthorNames.Count switch
    {
        0 => paper.Authors?.ToString() ?? "-",
        <= 6 => string.Join(", ", paper.AuthorNames),
        var n => $"{string.Join(", ", paper.AuthorNames.Take(3))} … {paper.AuthorNames[^1]} ({n})",
    };
}
