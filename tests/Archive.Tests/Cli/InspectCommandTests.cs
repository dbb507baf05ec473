using System.Text.Json;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Cli;

public sealed class InspectCommandTests
{
    private static readonly string[] ContractFields =
        ["id", "slug", "title", "abstract", "authors", "authorNames", "organization", "published", "added", "upvotes", "themes", "sources", "arxiv"];

    [Fact]
    public void Inspect_json_prints_every_shipped_paper_with_the_contract_fields()
    {
        var result = CliRunner.Run(RepoPaths.Root, "inspect", "--json", "--input", RepoPaths.ShippedInput);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var papers = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(BuiltSites.ShippedPaperCount, papers.Count);
        Assert.All(papers, p => Assert.Equal(ContractFields, p.EnumerateObject().Select(f => f.Name)));
    }

    [Fact]
    public void Inspect_json_writes_dates_as_year_month_day_and_sources_as_file_and_line()
    {
        var result = CliRunner.Run(RepoPaths.Root, "inspect", "--json", "--input", RepoPaths.ShippedInput);

        using var json = JsonDocument.Parse(result.StandardOutput);
        var paper = json.RootElement.EnumerateArray()
            .Single(p => p.GetProperty("title").GetString() == "Utility Engineering: Analyzing and Controlling Emergent Value Systems in AIs");
        Assert.Equal("2025-02-12", paper.GetProperty("published").GetString());
        Assert.Equal("2025-12-08", paper.GetProperty("added").GetString());
        Assert.Equal(11, paper.GetProperty("authors").GetInt32());
        Assert.Equal(JsonValueKind.Null, paper.GetProperty("organization").ValueKind);
        var sources = paper.GetProperty("sources").EnumerateArray()
            .Select(s => $"{s.GetProperty("file").GetString()}:{s.GetProperty("line").GetInt32()}");
        Assert.Equal(["2025-12-08-ai-values.txt:13", "2025-12-08-value-alignment.txt:45", "2025-12-11-value-based-learning.txt:13"], sources);
    }

    [Fact]
    public void A_listing_that_is_not_text_makes_inspect_exit_1_with_a_diagnostic_naming_the_file()
    {
        using var folder = new TempFolder();
        folder.Write("input/listings/2025-12-08-broken.txt", "Paper\0\0binary");

        var result = CliRunner.Run(folder.Path, "inspect", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/listings/2025-12-08-broken.txt(1,1): error ARC0111:", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }
}
