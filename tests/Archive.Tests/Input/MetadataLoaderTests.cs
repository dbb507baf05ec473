using PaperArchive.Diagnostics;
using PaperArchive.Input;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Input;

public sealed class MetadataLoaderTests
{
    [Fact]
    public void Every_yml_file_of_the_metadata_folder_is_read_by_slug_and_unfinished_writes_are_skipped()
    {
        using var input = new TempFolder();
        input.Write("metadata/b-paper.yml", "status: not-found\nasked: 2026-12-03\n");
        input.Write("metadata/a-paper.yml", "status: not-found\nasked: 2026-12-01\n");
        input.Write("metadata/.c-paper.yml.123.tmp", "status: [half written");
        input.Write("metadata/README.md", "Not metadata.");
        var diagnostics = new DiagnosticBag();

        var metadata = MetadataLoader.Load(input.Path, p => p, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["a-paper", "b-paper"], metadata.Select(m => m.Slug));
    }

    [Fact]
    public void Without_a_metadata_folder_there_is_no_metadata_and_no_complaint()
    {
        using var input = new TempFolder();
        var diagnostics = new DiagnosticBag();

        Assert.Empty(MetadataLoader.Load(input.Path, p => p, diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_bad_metadata_file_fails_the_build_with_its_file_and_line()
    {
        using var input = new InputCopy();
        input.Write("metadata/tree-of-thoughts-deliberate-problem-solving-with-large-language-models.yml", "status: found\narxiv: \"2305.10601\"\nversion: 2\ntitle: Tree of Thoughts\npublished: yesterday\n");
        var diagnostics = new DiagnosticBag();

        var result = ArchiveBuilder.Build(input.Options, diagnostics);

        Assert.False(result.Succeeded);
        var error = Assert.Single(diagnostics.Sorted(), d => d.IsError);
        Assert.Equal(DiagnosticIds.MetadataInvalidValue, error.Id);
        Assert.EndsWith("input/metadata/tree-of-thoughts-deliberate-problem-solving-with-large-language-models.yml", error.Location!.Value.File);
        Assert.Equal(5, error.Location!.Value.Line);
        Assert.False(Directory.Exists(input.Output));
    }
}
