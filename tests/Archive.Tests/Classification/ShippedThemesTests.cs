using System.Text.Json;
using PaperArchive.Classification;
using PaperArchive.Diagnostics;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Classification;

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
    public void Every_visible_shipped_paper_is_in_at_least_one_theme_list_and_its_themes_agree()
    {
        var listed = Content.Themes.SelectMany(t => t.Papers.Select(p => (Theme: t.Slug, p.Slug))).ToHashSet();
        Assert.All(Content.VisiblePapers, p =>
        {
            Assert.NotEmpty(p.Themes);
            Assert.All(p.Themes, t => Assert.Contains((t, p.Slug), listed));
        });
    }

    [Fact]
    public void No_shipped_theme_catches_almost_everything()
    {
        Assert.All(Content.Themes, t => Assert.True(t.Papers.Count < Content.Catalog.Papers.Count / 4,
            $"theme '{t.Slug}' holds {t.Papers.Count} papers; its rules are too broad."));
    }

    [Fact]
    public void The_themes_are_listed_in_site_yml_order_then_other()
    {
        var expected = Content.Config.Themes.Select(t => t.Slug).Append(ResearchTheme.OtherSlug);
        Assert.Equal(expected, Content.Themes.Select(t => t.Slug));
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

    [Fact]
    public void Inspect_json_lists_the_themes_of_every_paper()
    {
        var result = CliRunner.Run(RepoPaths.Root, "inspect", "--json", "--input", RepoPaths.ShippedInput);

        using var json = JsonDocument.Parse(result.StandardOutput);
        var papers = json.RootElement.EnumerateArray().ToList();
        Assert.All(papers, p => Assert.NotEqual(0, p.GetProperty("themes").GetArrayLength()));
        var off = papers.Single(p => p.GetProperty("slug").GetString() == "the-off-switch-game");
        Assert.Contains("safety-and-risk", off.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
    }
}
