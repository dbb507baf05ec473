using PaperArchive.Diagnostics;
using PaperArchive.Input;

namespace PaperArchive.Tests.Input;

public sealed class OverrideParserTests
{
    private const string File = "input/papers/some-paper.md";

    [Fact]
    public void Front_matter_gives_themes_to_add_and_remove_and_hidden_and_the_body_becomes_the_note()
    {
        var diagnostics = new DiagnosticBag();
        var text = "---\nadd_themes: [agents, code]\nremove_themes: values\nhidden: true\n---\n\nA *curator* note.\n\nSecond paragraph.\n";

        var result = OverrideParser.Parse("some-paper", File, text, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["agents", "code"], result.AddThemes.Select(t => t.Slug));
        Assert.Equal(["values"], result.RemoveThemes.Select(t => t.Slug));
        Assert.True(result.Hidden);
        Assert.Equal("A *curator* note.\n\nSecond paragraph.\n", result.Note);
        Assert.Equal(new SourceLocation(File, 2, 14), result.AddThemes[0].Location);
    }

    [Fact]
    public void A_file_without_front_matter_is_only_a_note()
    {
        var result = OverrideParser.Parse("p", File, "Just a note.", new DiagnosticBag());

        Assert.Equal("Just a note.\n", result.Note);
        Assert.Null(result.Hidden);
        Assert.Empty(result.AddThemes);
    }

    [Fact]
    public void Front_matter_without_a_body_leaves_the_note_empty()
    {
        var result = OverrideParser.Parse("p", File, "---\nhidden: false\n---\n", new DiagnosticBag());

        Assert.Null(result.Note);
        Assert.False(result.Hidden);
    }

    [Fact]
    public void Bad_yaml_is_an_error_with_the_line_of_the_file()
    {
        var diagnostics = new DiagnosticBag();
        var text = "---\nhidden: true\nremove_themes: [x]\n  add_themes: [agents]\n---\nNote.\n";

        var result = OverrideParser.Parse("p", File, text, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.True(error.IsError);
        Assert.Equal(DiagnosticIds.OverrideYamlError, error.Id);
        Assert.Equal(File, error.Location!.Value.File);
        Assert.Equal(4, error.Location!.Value.Line);
        Assert.Equal("Note.\n", result.Note);
    }

    [Fact]
    public void An_unclosed_list_is_an_error_and_not_an_exception()
    {
        var diagnostics = new DiagnosticBag();

        OverrideParser.Parse("p", File, "---\nadd_themes: [agents\nhidden: true\n---\n", diagnostics);

        Assert.Equal(DiagnosticIds.OverrideYamlError, Assert.Single(diagnostics.Sorted()).Id);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_its_line()
    {
        var diagnostics = new DiagnosticBag();

        var result = OverrideParser.Parse("p", File, "---\nhidden: true\nhide: true\n---\n", diagnostics);

        var warning = Assert.Single(diagnostics.Sorted());
        Assert.False(warning.IsError);
        Assert.Equal(DiagnosticIds.OverrideUnknownKey, warning.Id);
        Assert.Equal(new SourceLocation(File, 3, 1), warning.Location);
        Assert.Contains("'hide'", warning.Message);
        Assert.True(result.Hidden);
    }

    [Fact]
    public void A_hidden_value_that_is_not_true_or_false_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        OverrideParser.Parse("p", File, "---\nhidden: maybe\n---\n", diagnostics);

        Assert.Equal(DiagnosticIds.OverrideInvalidValue, Assert.Single(diagnostics.Sorted()).Id);
    }

    [Fact]
    public void An_unclosed_front_matter_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        OverrideParser.Parse("p", File, "---\nhidden: true\nNo closing line.\n", diagnostics);

        Assert.Equal(DiagnosticIds.OverrideYamlError, Assert.Single(diagnostics.Sorted()).Id);
    }
}
