using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Tests.Classification;

public sealed class ThemeDefinitionTests
{
    [Fact]
    public void A_theme_reads_its_rules_and_minimum_abstract_matches_from_site_yml()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = "themes:\n  - name: Agents and tools\n    description: LLM agents.\n    min_abstract_matches: 3\n    match: [agent*, tool use]\n";

        var theme = Assert.Single(SiteConfigReader.Read("site.yml", yaml, diagnostics).Themes);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("agents-and-tools", theme.Slug);
        Assert.Equal(3, theme.MinAbstractMatches);
        Assert.Equal(["agent*", "tool use"], theme.Match);
    }

    [Fact]
    public void Without_a_minimum_one_abstract_match_is_enough()
    {
        var theme = Assert.Single(SiteConfigReader.Read("site.yml", "themes:\n  - name: Code\n    match: code\n", new DiagnosticBag()).Themes);
        Assert.Equal(1, theme.MinAbstractMatches);
    }

    [Fact]
    public void The_slug_other_is_reserved_for_unmatched_papers()
    {
        var diagnostics = new DiagnosticBag();

        var config = SiteConfigReader.Read("site.yml", "themes:\n  - name: Other\n    match: [x]\n", diagnostics);

        Assert.Empty(config.Themes);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(new SourceLocation("site.yml", 2, 5), error.Location);
        Assert.Contains("reserved", error.Message);
    }
}
