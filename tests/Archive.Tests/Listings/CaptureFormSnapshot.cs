using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Listings;

/// <summary>The listing snapshot plus each entry's arXiv id, for the capture forms that keep paper links.</summary>
internal static class CaptureFormSnapshot
{
    public static string Of(Listing? listing, DiagnosticBag diagnostics)
    {
        var text = new StringBuilder(ListingSnapshot.Of(listing, new DiagnosticBag()).Replace("diagnostics:\n", string.Empty));
        text.Append("arxiv ids: ").Append(string.Join(", ", listing?.Entries.Select(e => e.ArxivId ?? "-") ?? [])).Append('\n');
        text.Append("diagnostics:\n");
        foreach (var diagnostic in diagnostics.Sorted())
        {
            text.Append("  ").Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }
}
