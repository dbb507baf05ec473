using System.Diagnostics;
using PaperArchive.Search;
using PaperArchive.Search.Client;
using PaperArchive.Site;
using PaperArchive.Tests.Support;
using Xunit.Abstractions;

namespace PaperArchive.Tests.Search;

/// <summary>The index on a synthetic archive far larger than the shipped one. 5,000 papers always; set
/// <c>SEARCH_SCALE=100000</c> to measure at that size (the figures are printed to the test output).</summary>
[Trait("Category", "Slow")]
public sealed class SearchScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void In_the_shipped_archive_shards_stay_bounded_and_queries_stay_small() => Check(BuiltSites.ShippedContent, 100_000);

    [Fact]
    public void At_5000_papers_shards_stay_bounded_and_queries_stay_small() =>
        Check(SyntheticContent.Create(BuiltSites.ShippedContent, 5_000), 150_000);

    [ScaleFact]
    public void At_the_requested_scale_shards_stay_bounded_and_queries_stay_small() =>
        Check(SyntheticContent.Create(BuiltSites.ShippedContent, ScaleFactAttribute.Papers), 150_000);

    /// <summary>The search page's modules, all of which a first query loads.</summary>
    private static long ScriptBytes => Directory.GetFiles(Path.Combine(RepoPaths.ShippedTemplates, "assets", "js", "search"), "*.js").Sum(f => new FileInfo(f).Length);

    private void Check(SiteContent content, int firstQueryLimit)
    {
        var papers = content.VisiblePapers.Count;
        var stopwatch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var files = SearchIndexBuilder.Build(content).ToList();
        var built = stopwatch.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
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
            output.WriteLine($"{papers} papers, manifest {files.Single(f => f.Path.EndsWith(SearchIndexLayout.Manifest)).Content.Length / 1024.0:F1} KB, built in {built.TotalSeconds:F1} s ({cpu.TotalSeconds:F1} s of CPU): {figures.IndexFiles} files, {figures.IndexBytes / 1024.0:F0} KB; " +
                $"\"{first}\" {(figures.FirstQueryBytes + ScriptBytes) / 1024.0:F1} KB with the script, then \"{next}\" {figures.NextQueryBytes / 1024.0:F1} KB");
            // This index is not part of a built site, so Measure found no script: add the theme's.
            Assert.InRange(figures.FirstQueryBytes + ScriptBytes, 1, firstQueryLimit);
        }
    }
}
