using PaperArchive.Classification;
using PaperArchive.Diagnostics;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.CuratorData;

/// <summary>The curator's themes and overrides in <c>input/site.yml</c> and <c>input/papers/</c> are in good shape: enough
/// themes, each described, none too broad, most papers in one. The code's own rules about themes are tested in
/// <c>Classification/</c>.</summary>
[Trait(CuratorDataTrait.Name, CuratorDataTrait.Value)]
public sealed class ShippedThemesTests
{
    private static readonly Lazy<(SiteContent Content, DiagnosticBag Diagnostics)> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var content = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = RepoPaths.ShippedInput }, diagnostics);
        return (content, diagnostics);
    });

    private static SiteContent Content => Loaded.Value.Content;

    [Fact]
    public void The_shipped_site_yml_defines_ten_to_fourteen_themes_with_descriptions()
    {
        var themes = Content.Config.Themes;
        Assert.InRange(themes.Count, 10, 14);
        Assert.All(themes, t => Assert.True(t.Description.Length > 40, $"theme '{t.Slug}' needs a real description."));
    }

    [Fact]
    public void At_least_ninety_percent_of_the_shipped_papers_are_in_a_real_theme()
    {
        var papers = Content.Catalog.Papers;
        var inRealTheme = papers.Count(p => p.Themes.Any(t => t != ResearchTheme.OtherSlug));
        Assert.True(inRealTheme >= 0.9 * papers.Count, $"only {inRealTheme} of {papers.Count} papers are in a real theme.");
    }

    [Fact]
    public void No_shipped_theme_catches_almost_everything()
    {
        Assert.All(Content.Themes, t => Assert.True(t.Papers.Count < Content.Catalog.Papers.Count / 4,
            $"theme '{t.Slug}' holds {t.Papers.Count} papers; its rules are too broad."));
    }

    [Fact]
    public void The_shipped_overrides_apply_without_warnings()
    {
        var paper = Content.Catalog.FindBySlug("explaining-large-language-models-decisions-using-shapley-values")!;
        Assert.DoesNotContain("values-and-alignment", paper.Themes);
        Assert.Contains("Shapley values", paper.Note);
        Assert.DoesNotContain(Loaded.Value.Diagnostics.Sorted(), d => d.Id.StartsWith("ARC03", StringComparison.Ordinal));
    }

    [Fact]
    public void Nearly_every_shipped_paper_has_related_papers()
    {
        var without = Content.VisiblePapers.Where(p => Content.Related.For(p).Count == 0).Select(p => p.Slug).ToList();
        Assert.True(without.Count <= Content.VisiblePapers.Count / 50, $"without related papers: {string.Join(", ", without)}");
    }
}
