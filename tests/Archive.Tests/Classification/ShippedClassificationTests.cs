using System.Text.Json;
using PaperArchive.Classification;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Classification;

/// <summary>Classification of the shipped input keeps the code's promises, whatever themes the curator defines (how good
/// those themes are is <c>CuratorData/</c>'s business).</summary>
public sealed class ShippedClassificationTests
{
    private static SiteContent Content => BuiltSites.ShippedContent;

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
    public void The_themes_are_listed_in_site_yml_order_then_other()
    {
        var expected = Content.Config.Themes.Select(t => t.Slug).Append(ResearchTheme.OtherSlug);
        Assert.Equal(expected, Content.Themes.Select(t => t.Slug));
    }

    [Fact]
    public void Inspect_json_lists_the_themes_of_every_paper()
    {
        var result = CliRunner.Run(RepoPaths.Root, "inspect", "--json", "--input", RepoPaths.ShippedInput);

        using var json = JsonDocument.Parse(result.StandardOutput);
        var papers = json.RootElement.EnumerateArray().ToList();
        var slugs = Content.Themes.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        Assert.All(papers, p =>
        {
            var themes = p.GetProperty("themes").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.NotEmpty(themes);
            Assert.All(themes, t => Assert.Contains(t, slugs));
            Assert.Equal(Content.Catalog.FindBySlug(p.GetProperty("slug").GetString()!)!.Themes, themes);
        });
    }
}
