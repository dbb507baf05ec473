using PaperArchive.Catalog;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Tests.Classification;

/// <summary>Small hand-made papers and themes for classification tests.</summary>
internal static class TestPapers
{
    public static Paper Paper(string slug, string title, string abstractText = "", string added = "2025-12-08", string? published = null) => new()
    {
        Id = slug,
        Slug = slug,
        Title = title,
        Abstract = abstractText,
        Added = DateOnly.Parse(added),
        Published = published is null ? null : DateOnly.Parse(published),
        Sources = [new PaperSource("test.txt", 1)],
    };

    public static PaperCatalog CatalogOf(params Paper[] papers) =>
        new(papers.OrderBy(p => p.Slug, StringComparer.Ordinal).ToList(), []);

    public static ThemeDefinition Theme(string slug, params string[] match) =>
        new(slug, slug, $"About {slug}.", match, new SourceLocation("site.yml", 1));
}
