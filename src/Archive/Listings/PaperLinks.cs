using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>Turns the link a capture kept for a paper into its arXiv id, reporting links that promise one but break.</summary>
internal static class PaperLinks
{
    /// <summary>The arXiv id behind <paramref name="url"/>; <paramref name="label"/> is the reference label it came from, if any.</summary>
    public static string? ArxivIdOf(string? url, string? label, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (url is null)
        {
            if (label is not null)
            {
                diagnostics.Warning(DiagnosticIds.LinkReferenceMissing, location,
                    $"the link [{label}] is not defined at the end of the file (the clip may be cut off); the paper is kept without its arXiv id.");
            }

            return null;
        }

        if (ArxivId.FromUrl(url) is { } id)
        {
            return id;
        }

        if (ArxivId.IsPaperUrl(url))
        {
            diagnostics.Warning(DiagnosticIds.InvalidArxivId, location,
                $"'{Snippet.Of(url)}' does not end in an arXiv id of the form 2410.05434; the paper is kept without one.");
        }

        return null;
    }
}
