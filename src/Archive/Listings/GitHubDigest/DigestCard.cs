namespace PaperArchive.Listings.GitHubDigest;

/// <summary>
/// One numbered <c>&lt;details&gt;</c> block of a digest as it was written: its number and title, the arXiv id its
/// links carry (and their line), the authors line (empty when the block has none) and the quoted text under it.
/// </summary>
internal sealed record DigestCard(
    int Line,
    int Number,
    string Title,
    string? ArxivId,
    int? ArxivIdLine,
    IReadOnlyList<string> AuthorNames,
    int? AuthorsLine,
    DigestQuote? Quote);

/// <summary>The quoted paragraph of a block, with the line it starts on.</summary>
internal sealed record DigestQuote(string Text, int Line)
{
    /// <summary>The digest cut the text short ("… reasoning ev...").</summary>
    public bool IsCut => Text.EndsWith("...", StringComparison.Ordinal) || Text.EndsWith('…');

    /// <summary>A stand-in the digest writes when it had nothing to quote.</summary>
    public bool IsPlaceholder => Text.Trim().TrimEnd('.').Equals("No abstract available", StringComparison.OrdinalIgnoreCase);
}
