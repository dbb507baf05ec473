using Microsoft.Playwright;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Bench.Browser;

/// <summary>
/// Measures how soon a visitor sees search results: builds the site (or takes one built), serves it on 127.0.0.1,
/// and drives headless Chromium (Debian's; Playwright never downloads one). Each query is typed in a fresh context
/// (cold), typed after another query in the same page (warm), typed a key at a time, typed into the header box of the
/// home page, and opened as <c>search/?q=</c>. A benchmark, not a
/// test: the figures depend on the machine, so it prints the load average beside them.
/// </summary>
public static class BrowserBench
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = BenchOptions.Parse(args, error);
        if (options is null)
        {
            return 2;
        }

        if (options.Chromium is not { } chromium || !File.Exists(chromium))
        {
            error.WriteLine(options.Chromium is null
                ? PaperArchive.Tests.Support.ChromiumLocator.Missing(Environment.GetEnvironmentVariable(PaperArchive.Tests.Support.ChromiumLocator.Variable)) + "."
                : $"{options.Chromium} does not exist.");
            return 1;
        }

        var temporary = options.Site is null ? Directory.CreateTempSubdirectory("archive-bench-browser-").FullName : null;
        try
        {
            var site = options.Site ?? Path.Combine(temporary!, "site");
            if (options.Site is null && !Build(options, site, error))
            {
                return 1;
            }

            output.WriteLine($"load average before: {LoadAverage()}");
            await using var server = await StaticSiteServer.StartAsync(site);
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ChromiumArgs,
            });
            output.WriteLine($"site {site}, Chromium {browser.Version}, {options.Runs} runs a query and situation, {Environment.ProcessorCount} cores");
            var runs = await MeasureAsync(new SearchProbe(browser, server.BaseUrl), options);
            output.WriteLine();
            output.Write(LatencyTable.Format(runs));
            if (options.Trace)
            {
                output.Write(LatencyTable.Timelines(runs));
            }

            output.WriteLine($"load average after: {LoadAverage()}");
            return 0;
        }
        finally
        {
            if (temporary is not null)
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static async Task<List<QueryRuns>> MeasureAsync(SearchProbe probe, BenchOptions options)
    {
        var queries = options.Queries;
        var cold = queries.Select(_ => new List<QueryTiming>()).ToList();
        var warm = queries.Select(_ => new List<QueryTiming>()).ToList();
        var link = queries.Select(_ => new List<QueryTiming>()).ToList();
        var header = queries.Select(_ => new List<QueryTiming>()).ToList();
        var keys = queries.Select(_ => new List<QueryTiming>()).ToList();

        // One warm-up visit so the first measured run does not pay for starting the browser's processes.
        await probe.TypedAsync(queries[0], queries[^1]);
        for (var run = 0; run < options.Runs; run++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                // The warm query follows a different one, so only the files the two share come from the cache.
                var next = (i + 1) % queries.Count;
                var (first, second) = await probe.TypedAsync(queries[i], queries[next]);
                cold[i].Add(first);
                warm[next].Add(second);
                link[i].Add(await probe.LinkAsync(queries[i]));
                header[i].Add(await probe.HeaderAsync(queries[i]));
                keys[i].Add(await probe.KeyByKeyAsync(queries[i]));
            }
        }

        return [.. queries.Select((q, i) => new QueryRuns(q, cold[i], warm[i], link[i], header[i], keys[i]))];
    }

    private static bool Build(BenchOptions options, string site, TextWriter error)
    {
        var diagnostics = new DiagnosticBag();
        var result = ArchiveBuilder.Build(
            BuildOptions.Default with { InputDirectory = options.Input, TemplateDirectory = options.Templates, OutputDirectory = site },
            diagnostics);
        foreach (var diagnostic in diagnostics.Sorted().Where(d => d.IsError))
        {
            error.WriteLine(diagnostic);
        }

        return result.Succeeded;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
