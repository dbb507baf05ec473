using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Catalog;

/// <summary>The shipped input loads into a sound catalog (its figures are pinned in <c>CuratorData/</c>).</summary>
public sealed class ShippedInputTests
{
    private static readonly Lazy<(PaperArchive.Site.SiteContent Content, DiagnosticBag Diagnostics)> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var content = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = RepoPaths.ShippedInput }, diagnostics);
        return (content, diagnostics);
    });

    [Fact]
    public void The_shipped_input_builds_without_errors()
    {
        Assert.False(Loaded.Value.Diagnostics.HasErrors, string.Join("\n", Loaded.Value.Diagnostics.Sorted()));
    }

    [Fact]
    public void Every_entry_of_the_shipped_input_is_a_source_of_exactly_one_paper()
    {
        var catalog = Loaded.Value.Content.Catalog;
        var sources = catalog.Papers.SelectMany(p => p.Sources).ToList();
        Assert.Equal(catalog.Listings.Sum(l => l.Entries.Count), sources.Distinct().Count());
        Assert.Equal(sources.Count, sources.Distinct().Count());
    }

    [Fact]
    public void Slugs_and_ids_of_the_shipped_papers_are_unique()
    {
        var papers = Loaded.Value.Content.Catalog.Papers;
        Assert.Equal(papers.Count, papers.Select(p => p.Slug).Distinct().Count());
        Assert.Equal(papers.Count, papers.Select(p => p.Id).Distinct().Count());
    }
}
