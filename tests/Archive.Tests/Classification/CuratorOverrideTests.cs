using PaperArchive.Classification;
using PaperArchive.Diagnostics;
using PaperArchive.Input;
using PaperArchive.Tests.Support;
using static PaperArchive.Tests.Classification.TestPapers;

namespace PaperArchive.Tests.Classification;

public sealed class CuratorOverrideTests
{
    private static readonly PaperArchive.Configuration.ThemeDefinition[] Themes =
        [Theme("agents", "agent*"), Theme("code", "code"), Theme("safety", "safety")];

    private static PaperOverride Override(string slug, string text, DiagnosticBag diagnostics) =>
        OverrideParser.Parse(slug, $"input/papers/{slug}.md", text, diagnostics);

    [Fact]
    public void Overrides_add_and_remove_themes_after_matching_and_keep_site_yml_order()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = CatalogOf(Paper("p", "Agents that write code"));
        var change = Override("p", "---\nadd_themes: [safety]\nremove_themes: [agents]\n---\n", diagnostics);

        var (classified, themes, _) = ThemeClassifier.Classify(catalog, Themes, [change], diagnostics);

        Assert.Equal(["code", "safety"], classified.Papers.Single().Themes);
        Assert.Empty(themes.Single(t => t.Slug == "agents").Papers);
        Assert.Equal(["p"], themes.Single(t => t.Slug == "safety").Papers.Select(p => p.Slug));
    }

    [Fact]
    public void Removing_every_theme_puts_the_paper_under_other()
    {
        var diagnostics = new DiagnosticBag();
        var change = Override("p", "---\nremove_themes: [agents]\n---\n", diagnostics);

        var (classified, themes, _) = ThemeClassifier.Classify(CatalogOf(Paper("p", "Agents")), Themes, [change], diagnostics);

        Assert.Equal(["other"], classified.Papers.Single().Themes);
        Assert.Equal(["p"], themes.Single(t => t.IsOther).Papers.Select(p => p.Slug));
    }

    [Fact]
    public void A_hidden_paper_stays_in_the_catalog_but_leaves_the_theme_lists()
    {
        var diagnostics = new DiagnosticBag();
        var change = Override("p", "---\nhidden: true\n---\nWithdrawn by its authors.\n", diagnostics);

        var (classified, themes, _) = ThemeClassifier.Classify(
            CatalogOf(Paper("p", "Agents"), Paper("q", "More agents")), Themes, [change], diagnostics);

        var hidden = classified.FindBySlug("p")!;
        Assert.True(hidden.Hidden);
        Assert.Equal("Withdrawn by its authors.\n", hidden.Note);
        Assert.Equal(["agents"], hidden.Themes);
        Assert.Equal(["q"], themes.Single(t => t.Slug == "agents").Papers.Select(p => p.Slug));
    }

    [Fact]
    public void An_override_for_an_unknown_paper_is_a_warning_with_its_file_and_line()
    {
        var diagnostics = new DiagnosticBag();
        var change = Override("no-such-paper", "Note.", diagnostics);

        var (classified, _, _) = ThemeClassifier.Classify(CatalogOf(Paper("p", "Agents")), Themes, [change], diagnostics);

        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.OverrideUnknownPaper, warning.Id);
        Assert.Equal("input/papers/no-such-paper.md(1,1): warning ARC0306: " + warning.Message, warning.ToString());
        Assert.Null(classified.Papers.Single().Note);
    }

    [Fact]
    public void An_unknown_theme_in_an_override_is_a_warning_at_its_line_and_is_ignored()
    {
        var diagnostics = new DiagnosticBag();
        var change = Override("p", "---\nadd_themes:\n  - code\n  - robotics\n---\n", diagnostics);

        var (classified, _, _) = ThemeClassifier.Classify(CatalogOf(Paper("p", "Agents")), Themes, [change], diagnostics);

        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.OverrideUnknownTheme, warning.Id);
        Assert.Equal(new SourceLocation("input/papers/p.md", 4, 5), warning.Location);
        Assert.Equal(["agents", "code"], classified.Papers.Single().Themes);
    }

    [Fact]
    public void Overrides_in_the_input_folder_reach_the_site_content()
    {
        using var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.ShippedInput, "listings")))
        {
            folder.Write($"input/listings/{Path.GetFileName(file)}", File.ReadAllText(file));
        }

        folder.Write("input/site.yml", "title: Test\nthemes:\n  - slug: agents\n    name: Agents\n    match: [agent*]\n");
        folder.Write("input/papers/the-off-switch-game.md", "---\nhidden: true\n---\nA note.\n");
        folder.Write("input/papers/not-a-paper.md", "A note.\n");
        var diagnostics = new DiagnosticBag();

        var content = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = folder.Combine("input") }, diagnostics);

        var paper = content.Catalog.FindBySlug("the-off-switch-game")!;
        Assert.True(paper.Hidden);
        Assert.Equal("A note.\n", paper.Note);
        Assert.DoesNotContain(paper, content.VisiblePapers);
        var warning = Assert.Single(diagnostics.Sorted(), d => d.Id == DiagnosticIds.OverrideUnknownPaper);
        Assert.EndsWith("input/papers/not-a-paper.md", warning.Location!.Value.File);
        Assert.Equal(1, warning.Location!.Value.Line);
    }
}
