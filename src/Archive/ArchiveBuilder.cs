using System.Diagnostics;
using PaperArchive.Caching;
using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Feeds;
using PaperArchive.Input;
using PaperArchive.Listings;
using PaperArchive.Output;
using PaperArchive.Rendering;
using PaperArchive.Search;
using PaperArchive.Site;

namespace PaperArchive;

/// <summary>
/// The whole pipeline, top to bottom: load input → parse listings → build the catalog → render the site →
/// write it. Each stage reports into one <see cref="DiagnosticBag"/>; nothing is written when any stage reported an error.
/// </summary>
public static class ArchiveBuilder
{
    /// <summary>Reads, merges and classifies the input without writing anything (used by <c>inspect</c> and by <see cref="Build"/>).</summary>
    public static SiteContent LoadContent(BuildOptions options, DiagnosticBag diagnostics, List<StageTiming>? stages = null)
    {
        stages ??= [];
        return WithRelatedPapers(LoadClassified(options, diagnostics, stages), stages);
    }

    /// <summary>The content up to its themes, with no related papers yet.</summary>
    private static SiteContent LoadClassified(BuildOptions options, DiagnosticBag diagnostics, List<StageTiming> stages)
    {
        var input = Timed(stages, "load input", () => InputLoader.Load(options.InputDirectory, diagnostics), i => i.Listings.Count);
        var config = options.BaseUrl is { } baseUrl
            ? input.Config with { BaseUrl = SiteConfigReader.NormalizeBaseUrl(baseUrl) }
            : input.Config;
        var listings = Timed(stages, "parse listings", () => ParseListings(input, diagnostics), l => l.Sum(x => x.Entries.Count));
        var catalog = Timed(stages, "build catalog", () => CatalogBuilder.Build(listings, diagnostics), c => c.Papers.Count);
        var (classified, themes) = Timed(stages, "classify", () => ThemeClassifier.Classify(catalog, config.Themes, input.Overrides, diagnostics), r => r.Themes.Count);
        return new SiteContent(config, classified, themes, RelatedPapers.None);
    }

    private static SiteContent WithRelatedPapers(SiteContent content, List<StageTiming> stages) =>
        content with { Related = Timed(stages, "related papers", () => RelatedPaperFinder.Find(content.Catalog), _ => content.Catalog.Papers.Count) };

    /// <param name="progress">Told how many output files have been made so far (for a progress bar).</param>
    /// <param name="cancellation">Stops the build between stages and between two output files; the output is then
    /// left as it was (an <see cref="OperationCanceledException"/> says so).</param>
    public static BuildResult Build(BuildOptions options, DiagnosticBag diagnostics, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        var stages = new List<StageTiming>();
        if (!OutputPlacement.Check(options, diagnostics))
        {
            return new BuildResult(null, null, stages);
        }

        // The templates need no content, so they compile (and warm up) on another thread while the input loads.
        var compiling = Task.Run(() => CompileTheme(options.ThemeDirectory));
        var classified = LoadClassified(options, diagnostics, stages);
        cancellation.ThrowIfCancellationRequested();

        // The search index needs the papers and their themes only, so it is built on a thread of its own from here, while
        // related papers are found, the theme loads and the pages render (on a failed build it finishes unused). It is
        // small next to the pages, so it is held until written.
        var caches = options.UseCache ? options.CacheDirectory ?? BuildCache.FolderFor(options.OutputDirectory) : null;
        var searchCache = caches is null ? null : BuildCache.Open(caches, "search", options.OutputDirectory);
        var searchIndex = Task.Factory.StartNew(() => TimedSearchIndex(classified, searchCache), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var content = WithRelatedPapers(classified, stages);
        var theme = Timed(stages, "load theme", () => CheckTheme(compiling, content, diagnostics), _ => 1);
        cancellation.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors)
        {
            return new BuildResult(content.Catalog, null, stages);
        }

        // Each output stage yields its files; they are rendered and written as one stream, so pages are never all held in memory.
        var pageCache = caches is null ? null : BuildCache.Open(caches, "pages", options.OutputDirectory);
        var files = SiteFiles(content, theme, pageCache, searchIndex, diagnostics);
        try
        {
            var written = Timed(stages, "write output", () => SiteWriter.Write(options.OutputDirectory, files, diagnostics, progress, cancellation), w => w?.Files ?? 0);
            stages.Add(searchIndex.Result.Timing);
            if (written is not null)
            {
                Parallel.Invoke(() => pageCache?.Save(diagnostics), () => searchCache?.Save(diagnostics));
            }

            return new BuildResult(content.Catalog, written, stages) { KeptPages = pageCache?.Reused ?? 0, KeptSearchSegments = searchCache?.Reused ?? 0 };
        }
        catch (Exception thrown) when (TemplateError(thrown) is { } e)
        {
            // The theme check renders a sample of every page kind first; this catches what only some data reaches.
            // The writer has already thrown its staging folder away, so output/ is as it was.
            diagnostics.Error(DiagnosticIds.TemplateRenderError, SourceLocation.Of(e.LayoutFile), $"the template failed to render '{e.PagePath}': {e.Reason}.");
            return new BuildResult(content.Catalog, null, stages);
        }
    }

    private static (SiteTheme Theme, DiagnosticBag Problems) CompileTheme(string directory)
    {
        var problems = new DiagnosticBag();
        var theme = SiteTheme.Compile(directory, problems);
        if (!problems.HasErrors)
        {
            ThemeWarmUp.Run(theme);
        }

        return (theme, problems);
    }

    /// <summary>What <see cref="SiteTheme.Load"/> does, with the compiling already under way.</summary>
    private static SiteTheme CheckTheme(Task<(SiteTheme Theme, DiagnosticBag Problems)> compiling, SiteContent content, DiagnosticBag diagnostics)
    {
        var (theme, problems) = compiling.GetAwaiter().GetResult();
        foreach (var problem in problems.Sorted())
        {
            diagnostics.Report(problem);
        }

        if (!problems.HasErrors)
        {
            theme.Check(content, diagnostics);
        }

        return theme;
    }

    /// <summary>The template error behind an exception, however many parallel loops wrapped it.</summary>
    private static TemplateRenderException? TemplateError(Exception exception) => exception switch
    {
        TemplateRenderException template => template,
        AggregateException aggregate => aggregate.InnerExceptions.Select(TemplateError).FirstOrDefault(e => e is not null),
        _ => null,
    };

    private static IEnumerable<OutputFile> SiteFiles(SiteContent content, SiteTheme theme, BuildCache? cache, Task<SearchIndexFiles> searchIndex, DiagnosticBag diagnostics) =>
        SiteRenderer.Render(content, theme, cache)
            .Concat(Awaited(searchIndex))
            .Concat(FeedBuilder.Build(content, diagnostics));

    /// <summary>The index's files once the pages are written (GetResult rethrows a failure unwrapped).</summary>
    private static IEnumerable<OutputFile> Awaited(Task<SearchIndexFiles> searchIndex)
    {
        foreach (var file in searchIndex.GetAwaiter().GetResult().Files)
        {
            yield return file;
        }
    }

    private static SearchIndexFiles TimedSearchIndex(SiteContent content, BuildCache? cache)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = SearchIndexBuilder.Build(content, cache).ToList();
        return new SearchIndexFiles(files, new StageTiming("search index", stopwatch.Elapsed, files.Count));
    }

    /// <summary>The search index's files, and what building them cost (measured on its own thread, alongside other stages).</summary>
    private sealed record SearchIndexFiles(IReadOnlyList<OutputFile> Files, StageTiming Timing);

    /// <summary>Listings are independent, so they are parsed in parallel; results keep the input's file order.</summary>
    private static IReadOnlyList<Listing> ParseListings(ArchiveInput input, DiagnosticBag diagnostics)
    {
        var parsed = new Listing?[input.Listings.Count];
        Parallel.For(0, input.Listings.Count, i =>
        {
            var source = input.Listings[i];
            parsed[i] = ListingParser.Default.Parse(source, input.Config.ListingFor(source.File), diagnostics);
        });
        return parsed.OfType<Listing>().ToList();
    }

    private static T Timed<T>(List<StageTiming> stages, string name, Func<T> stage, Func<T, int> count)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = stage();
        stages.Add(new StageTiming(name, stopwatch.Elapsed, count(result)));
        return result;
    }
}
