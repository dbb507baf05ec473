using PaperArchive.Diagnostics;

namespace PaperArchive.Configuration;

/// <summary>What the curator says about one listing file in <c>site.yml</c>.</summary>
/// <param name="File">The listing's file name inside <c>listings/</c>.</param>
/// <param name="Captured">The day the page was saved, when neither the text nor the file name says.</param>
/// <param name="Title">A human name for the listing, shown where papers list their sources.</param>
/// <param name="Location">Where in <c>site.yml</c> this entry stands, for diagnostics.</param>
public sealed record ListingConfig(string File, DateOnly? Captured, string? Title, SourceLocation Location);
