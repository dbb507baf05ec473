using PaperArchive.Catalog;

namespace PaperArchive.Classification;

/// <summary>A research theme with its visible papers, newest first (<see cref="PaperOrder.Newest"/>). <see cref="IsOther"/>
/// marks the catch-all for papers no theme matched.</summary>
public sealed record ResearchTheme(string Slug, string Name, string Description, IReadOnlyList<Paper> Papers, bool IsOther = false)
{
    public const string OtherSlug = "other";
}
