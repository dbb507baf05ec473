using PaperArchive.Catalog;

namespace PaperArchive.Classification;

/// <summary>For each paper, the papers most like it, most similar first.</summary>
public sealed class RelatedPapers(IReadOnlyDictionary<string, IReadOnlyList<Paper>> byPaperId)
{
    public static RelatedPapers None { get; } = new(new Dictionary<string, IReadOnlyList<Paper>>());

    public IReadOnlyList<Paper> For(Paper paper) => byPaperId.GetValueOrDefault(paper.Id) ?? [];
}
