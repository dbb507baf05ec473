using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Tests.Support;

/// <summary>A readable text form of a parsed listing and its diagnostics, for golden files.</summary>
public static class ListingSnapshot
{
    public static string Of(Listing? listing, DiagnosticBag diagnostics)
    {
        var text = new StringBuilder();
        if (listing is not null)
        {
            text.Append("format: ").Append(listing.Format).Append('\n');
            text.Append("captured: ").Append(listing.Captured.ToString("yyyy-MM-dd")).Append('\n');
            foreach (var entry in listing.Entries)
            {
                text.Append($"line {entry.Location.Line}, column {entry.Location.Column}: {entry.Title}\n");
                text.Append(entry.Abstract is { } a ? $"  abstract: {Start(a)} ({a.Length} characters)\n" : "  abstract: -\n");
                text.Append($"  authors: {entry.Authors?.ToString() ?? "-"}; organization: {entry.Organization ?? "-"}; ");
                text.Append($"published: {entry.Published?.ToString("yyyy-MM-dd") ?? "-"}; upvotes: {entry.Upvotes?.ToString() ?? "-"}\n");
            }
        }

        text.Append("diagnostics:\n");
        foreach (var diagnostic in diagnostics.Sorted())
        {
            text.Append("  ").Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }

    private static string Start(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
