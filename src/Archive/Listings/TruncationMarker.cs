using System.Text.RegularExpressions;

namespace PaperArchive.Listings;

/// <summary>
/// The note a clipper or exporter leaves where it stopped saving: <c>*[Clipped content truncated]*</c>,
/// <c>&lt;!-- truncated --&gt;</c>, <c>[... content truncated ...]</c>. Nothing after it belongs to the page.
/// </summary>
internal static partial class TruncationMarker
{
    public static bool IsMarker(string line) => line.Length <= 120 && Marker().IsMatch(line.Trim());

    [GeneratedRegex(@"^[\s*_\[\](){}<>!\-.…]*(?:[A-Za-z]+\s+){0,4}truncated(?:\s+[A-Za-z]+){0,4}[\s*_\[\](){}<>!\-.…]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
