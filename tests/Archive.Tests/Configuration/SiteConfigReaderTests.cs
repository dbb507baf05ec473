using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Tests.Configuration;

public sealed class SiteConfigReaderTests
{
    private static (SiteConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        return (SiteConfigReader.Read("site.yml", yaml, diagnostics), diagnostics.Sorted());
    }

    [Fact]
    public void A_yaml_syntax_error_is_an_error_with_its_line()
    {
        var (_, diagnostics) = Read("title: Paper Archive\ndescription: \"an unclosed quote\nlanguage: en\n");

        var error = Assert.Single(diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(DiagnosticIds.ConfigYamlError, error.Id);
        Assert.InRange(error.Location!.Value.Line, 2, 4);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_at_the_second_key()
    {
        var (_, diagnostics) = Read("title: One\nlanguage: en\ntitle: Two\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticIds.ConfigYamlError, 3), (error.Id, error.Location!.Value.Line));
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_their_line_and_the_rest_is_read()
    {
        var (config, diagnostics) = Read("title: Paper Archive\ntitel: typo\nfeeds:\n  item: 5\n");

        Assert.Equal("Paper Archive", config.Title);
        Assert.Equal([(DiagnosticIds.ConfigUnknownKey, 2), (DiagnosticIds.ConfigUnknownKey, 4)],
            diagnostics.Select(d => (d.Id, d.Location!.Value.Line)));
        Assert.All(diagnostics, d => Assert.False(d.IsError));
    }

    [Fact]
    public void A_document_that_is_not_a_mapping_is_an_error()
    {
        var (_, diagnostics) = Read("- just\n- a list\n");
        Assert.Equal(DiagnosticIds.ConfigYamlError, Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Regression_an_unclosed_flow_list_in_site_yml_crashed_with_InvalidOperationException()
    {
        var (_, diagnostics) = Read("title: Paper Archive\nfeeds:\n  items: [50\nlanguage: en\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.ConfigYamlError, error.Id);
        Assert.InRange(error.Location!.Value.Line, 2, 4);
    }
}
