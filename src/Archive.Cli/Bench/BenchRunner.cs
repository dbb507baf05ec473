using System.Diagnostics;
using System.Text.Json;
using PaperArchive.Search.Client;

namespace PaperArchive.Cli.Bench;

/// <summary>
/// Runs the benchmark: for the shipped input and each synthetic size, writes the input, builds it in a fresh
/// process, measures the output and the search index, then adds one listing of new papers and rebuilds into the
/// same output folder, then one listing that re-lists known papers among new ones and rebuilds again. Knows nothing of the pipeline's insides beyond <see cref="BuildResult"/>.
/// </summary>
internal sealed class BenchRunner(BenchSettings settings, TextWriter log)
{
    public const string ShippedLabel = "shipped";

    public BenchResults Run()
    {
        var vocabulary = BenchVocabulary.Harvest(SyntheticInput.ListingsDirectory(settings.ShippedInput));
        var themes = SyntheticInput.ThemesBlockOf(Path.Combine(settings.ShippedInput, Input.InputLoader.ConfigFileName));
        var queries = Queries(vocabulary);
        var machine = MachineInfo.Current();
        log.WriteLine($"archive bench on {machine}");
        log.WriteLine($"work folder {settings.WorkDirectory}; search queries '{queries.First}' then '{queries.Next}'.");
        log.WriteLine();

        var rows = new List<BenchRow>();
        if (Directory.Exists(SyntheticInput.ListingsDirectory(settings.ShippedInput)))
        {
            rows.Add(Measure(ShippedLabel, vocabulary, queries, input =>
            {
                CopyDirectory(settings.ShippedInput, input);
                return SyntheticArchivePlanner.Plan(0, settings.Seed, vocabulary);
            }));
        }

        foreach (var size in settings.Sizes)
        {
            rows.Add(Measure(size.ToString(System.Globalization.CultureInfo.InvariantCulture), vocabulary, queries, input =>
            {
                var archive = SyntheticArchivePlanner.Plan(size, settings.Seed, vocabulary);
                SyntheticInput.Write(archive, vocabulary, themes, input);
                return archive;
            }));
        }

        return new BenchResults(machine, rows);
    }

    private BenchRow Measure(string label, BenchVocabulary vocabulary, (string First, string Next) queries, Func<string, SyntheticArchive> prepare)
    {
        var folder = Path.Combine(settings.WorkDirectory, label);
        var input = Path.Combine(folder, "input");
        var output = Path.Combine(folder, "output");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        log.WriteLine($"[{label}] writing the input...");
        var stopwatch = Stopwatch.StartNew();
        var archive = prepare(input);
        var generated = stopwatch.Elapsed.TotalMilliseconds;
        var listingFiles = Directory.GetFiles(SyntheticInput.ListingsDirectory(input)).Length;

        log.WriteLine($"[{label}] building...");
        var build = RunBuild(folder, input, output, "build");
        var figures = OutputFiguresOf(output);
        var search = MeasureSearch(output, queries);

        log.WriteLine($"[{label}] adding {archive.Addition.Papers.Count} papers and rebuilding...");
        SyntheticInput.WriteListing(archive.Addition, vocabulary, input);
        var rebuild = RunBuild(folder, input, output, "rebuild");

        // The shipped papers have no plan to re-list them from, so the shipped row has no re-listing.
        BuildRun? relisting = null;
        if (archive.Listings.Count > 0)
        {
            log.WriteLine($"[{label}] adding a listing of {archive.Relisting.Papers.Count} papers, {SyntheticArchivePlanner.RelistedKnown} of them known, and rebuilding...");
            SyntheticInput.WriteListing(archive.Relisting, vocabulary, input);
            relisting = RunBuild(folder, input, output, "relisting");
        }

        var row = new BenchRow(label, listingFiles, EntriesOf(build), generated, build, figures, search, rebuild, relisting);
        log.WriteLine();
        BenchTables.WriteRow(row, queries, log);
        log.WriteLine();
        if (!settings.Keep)
        {
            Directory.Delete(folder, recursive: true);
        }

        return row;
    }

    private BuildRun RunBuild(string folder, string input, string output, string name)
    {
        var reportPath = Path.Combine(folder, name + ".json");
        var start = SelfProcess.StartInfo(
            ["bench", "--run-build", input, "--output", output, "--theme", settings.TemplateDirectory, "--report", reportPath]);
        start.WorkingDirectory = folder;
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new BenchException($"could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = stopwatch.Elapsed.TotalMilliseconds;
        if (!File.Exists(reportPath))
        {
            throw new BenchException($"the build process exited with {process.ExitCode} without a report:\n{stderr.Result}{stdout.Result}");
        }

        var report = JsonSerializer.Deserialize(File.ReadAllText(reportPath), BenchJson.Default.BuildProbeReport)
            ?? throw new BenchException($"the build report {reportPath} is empty.");
        foreach (var error in report.FirstErrors)
        {
            log.WriteLine($"  {error}");
        }

        return new BuildRun(elapsed, report);
    }

    /// <summary>The search figures, or zeros with a note when the index cannot be read (a failed build has none),
    /// so one missing figure does not lose the others.</summary>
    private SearchIndexFigures MeasureSearch(string output, (string First, string Next) queries)
    {
        try
        {
            return SearchIndexStats.Measure(output, queries.First, queries.Next);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            log.WriteLine($"  search figures unavailable: {e.Message}");
            return new SearchIndexFigures(0, 0, 0, 0);
        }
    }

    private static int EntriesOf(BuildRun build) =>
        build.Report.Stages.FirstOrDefault(s => s.Stage == "parse listings")?.Count ?? 0;

    private static OutputFigures OutputFiguresOf(string output)
    {
        if (!Directory.Exists(output))
        {
            return new OutputFigures(0, 0, 0);
        }

        var files = new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        return new OutputFigures(files.Count(f => f.Name == "index.html"), files.Count, files.Sum(f => f.Length));
    }

    /// <summary>A frequent word of the vocabulary, then two others: queries with many hits, the expensive kind.</summary>
    private static (string First, string Next) Queries(BenchVocabulary vocabulary)
    {
        var words = vocabulary.FrequentWords(3);
        return words.Count == 3 ? (words[0], $"{words[1]} {words[2]}") : ("model", "language learning");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>The benchmark itself could not run (not a slow or failed build, which are figures).</summary>
internal sealed class BenchException(string message) : Exception(message);
