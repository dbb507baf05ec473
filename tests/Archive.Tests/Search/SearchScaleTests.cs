using System.Diagnostics;
using PaperArchive.Search;
using PaperArchive.Site;
using PaperArchive.Tests.Support;
using Xunit.Abstractions;

namespace PaperArchive.Tests.Search;

/// <summary>The index on a synthetic archive far larger than the shipped one. 5,000 papers always; set
/// <c>SEARCH_SCALE=100000</c> to measure at that size (the figures are printed to the test output).</summary>
public sealed class SearchScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void At_5000_papers_shards_stay_bounded_and_queries_stay_small() => Check(5_000);

    [ScaleFact]
    public void At_the_requested_scale_shards_stay_bounded_and_queries_stay_small() => Check(ScaleFactAttribute.Papers);

    private void Check(int papers)
    {
        var content = SyntheticArchive.Create(BuiltSites.ShippedContent, papers);
        var stopwatch = Stopwatch.StartNew();
        var files = SearchIndexBuilder.Build(content).ToList();
        var built = stopwatch.Elapsed;
        using var folder = new TempFolder();
        foreach (var file in files)
        {
            var path = folder.Combine(file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        Assert.All(files.Where(f => f.Path.Contains("/w/") || f.Path.Contains("/p/")),
            f => Assert.True(f.Content.Length <= SearchIndexLayout.ShardLimit, $"{f.Path}: {f.Content.Length} bytes"));

        foreach (var (first, next) in new[] { ("alignment", "reward models"), ("language model", "interpret"), ("\"human feedback\"", "diffusion") })
        {
            var figures = SearchIndexStats.Measure(folder.Path, first, next);
            output.WriteLine($"{papers} papers, built in {built.TotalSeconds:F1} s: {figures.IndexFiles} files, {figures.IndexBytes / 1024.0:F0} KB; " +
                $"\"{first}\" {figures.FirstQueryBytes / 1024.0:F1} KB, then \"{next}\" {figures.NextQueryBytes / 1024.0:F1} KB");
            Assert.InRange(figures.FirstQueryBytes, 1, 150_000);
        }
    }
}
