using System.Text.Json;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Bench;

[Trait("Category", "Slow")]
public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_measures_the_shipped_input_and_a_small_synthetic_archive_and_reports_every_figure()
    {
        using var folder = new TempFolder();
        var json = folder.Combine("bench.json");

        var result = CliRunner.Run(folder.Path, "bench", "--sizes", "300", "--work", folder.Combine("work"),
            "--input", RepoPaths.ShippedInput, "--theme", RepoPaths.ShippedTemplates, "--json", json);

        Assert.True(result.ExitCode == 0, result.StandardError + result.StandardOutput);
        Assert.Contains("Summary (", result.StandardOutput);
        Assert.Contains("peak memory", result.StandardOutput);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.True(report.RootElement.GetProperty("machine").GetProperty("processors").GetInt32() > 0);
        var rows = report.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["shipped", "300"], rows.Select(r => r.GetProperty("label").GetString()));
        Assert.Equal([BuiltSites.ShippedPaperCount, 300], rows.Select(r => r.GetProperty("build").GetProperty("report").GetProperty("papers").GetInt32()));
        Assert.All(rows, AssertEveryFigure);
        Assert.False(Directory.Exists(folder.Combine("work", "300")), "the synthetic archive is removed without --keep");
    }

    [Fact]
    public void Bench_refuses_sizes_that_are_not_whole_numbers()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run(folder.Path, "bench", "--sizes", "1000,lots");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--sizes", result.StandardError);
    }

    private static void AssertEveryFigure(JsonElement row)
    {
        Assert.True(row.GetProperty("listings").GetInt32() > 0);
        Assert.True(row.GetProperty("entries").GetInt32() >= row.GetProperty("build").GetProperty("report").GetProperty("papers").GetInt32());
        var runs = row.GetProperty("label").GetString() == "shipped" ? new[] { "build", "rebuild" } : ["build", "rebuild", "relisting"];
        foreach (var run in runs)
        {
            var measured = row.GetProperty(run);
            var report = measured.GetProperty("report");
            Assert.True(report.GetProperty("succeeded").GetBoolean(), $"{run} failed");
            Assert.True(measured.GetProperty("wholeProcessMilliseconds").GetDouble() > report.GetProperty("buildMilliseconds").GetDouble());
            Assert.True(report.GetProperty("buildCpuMilliseconds").GetDouble() > 0);
            Assert.True(report.GetProperty("peakWorkingSetBytes").GetInt64() > 10_000_000);
            Assert.True(report.GetProperty("written").GetInt32() + report.GetProperty("unchanged").GetInt32() > 0);
            var stages = report.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("stage").GetString()).ToList();
            Assert.Contains("parse listings", stages);
            Assert.Contains("build catalog", stages);
        }

        var papers = row.GetProperty("build").GetProperty("report").GetProperty("papers").GetInt32();
        Assert.Equal(papers + 50, row.GetProperty("rebuild").GetProperty("report").GetProperty("papers").GetInt32());
        if (runs.Length == 3)
        {
            Assert.Equal(papers + 95, row.GetProperty("relisting").GetProperty("report").GetProperty("papers").GetInt32());
            Assert.True(row.GetProperty("relistingRatio").GetDouble() > 0);
        }
        var output = row.GetProperty("output");
        Assert.True(output.GetProperty("pages").GetInt32() >= 1);
        Assert.True(output.GetProperty("files").GetInt32() >= output.GetProperty("pages").GetInt32());
        Assert.True(output.GetProperty("bytes").GetInt64() > 0);
        var search = row.GetProperty("search");
        foreach (var figure in new[] { "indexBytes", "indexFiles", "firstQueryBytes", "nextQueryBytes" })
        {
            Assert.True(search.TryGetProperty(figure, out _), $"search figure {figure} is missing");
        }
    }
}
