using System.Text.Json;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Cli;

public sealed class ReadCommandTests
{
    private static readonly string Forms = Path.Combine(RepoPaths.TestFiles, "Listings", "Forms");

    [Fact]
    public void Read_names_the_form_and_lists_each_paper_with_its_date_byline_upvotes_and_arxiv_id()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "read", Path.Combine(Forms, "export-notebook-search.txt"));

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n');
        Assert.StartsWith("export-notebook-search.txt: a plain-text export", lines[0]);
        Assert.Contains("(PlainTextExport), captured 2026-07-28, 9 papers", lines[0]);
        var defense = Assert.Single(lines, l => l.Contains("Soft Instruction De-escalation Defense", StringComparison.Ordinal));
        Assert.Matches(@"2025-10-23\s+Google\s+5\s+2510\.21057$", defense);
        var interCode = Assert.Single(lines, l => l.Contains("InterCode:", StringComparison.Ordinal));
        Assert.Matches(@"2023-06-26\s+4 authors\s+-\s+2306\.14898$", interCode);
    }

    [Fact]
    public void Read_json_prints_the_papers_with_the_fields_of_inspect_json()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "read", "--json", Path.Combine(Forms, "markdown-firecrawl-search.md"));

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var papers = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(8, papers.Count);
        Assert.All(papers, p => Assert.Equal(
            ["id", "slug", "title", "abstract", "authors", "authorNames", "organization", "published", "added", "upvotes", "themes", "sources", "arxiv"],
            p.EnumerateObject().Select(f => f.Name)));
        var radar = papers.Single(p => p.GetProperty("arxiv").GetString() == "2609.11115");
        Assert.Equal((173, "Carnegie Mellon University"), (radar.GetProperty("upvotes").GetInt32(), radar.GetProperty("organization").GetString()));
        var noisy = papers.Single(p => p.GetProperty("arxiv").GetString() == "2502.20581");
        Assert.Equal(JsonValueKind.Null, noisy.GetProperty("upvotes").ValueKind);
        Assert.Equal(0, noisy.GetProperty("authorNames").GetArrayLength());
    }

    [Fact]
    public void Read_input_takes_a_capture_date_the_capture_does_not_state_from_that_folders_site_yml()
    {
        using var folder = new TempFolder();
        folder.Write("curated/site.yml", "listings:\n  markdown-trending-structured-html.md:\n    captured: 2026-10-05\n");

        var withoutDate = CliRunner.Run(folder.Path, "read", Path.Combine(Forms, "markdown-trending-structured-html.md"));
        var withDate = CliRunner.Run(folder.Path, "read", "--input", "curated", Path.Combine(Forms, "markdown-trending-structured-html.md"));

        Assert.Equal(1, withoutDate.ExitCode);
        Assert.Contains("error ARC0107", withoutDate.StandardError);
        Assert.Equal(0, withDate.ExitCode);
        Assert.Contains("(MarkdownClip), captured 2026-10-05, 5 papers", withDate.StandardOutput);
    }

    [Fact]
    public void Read_of_a_file_that_does_not_exist_exits_1_with_a_diagnostic_naming_it()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "read", "no-such-capture.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-capture.md(1,1): error ARC0007:", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }
}
