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
using PaperArchive.Sitemap;

namespace PaperArchive;

/// <summary>
/// The whole pipeline, top to bottom: load the input → parse the listings → build the catalog (and fill its gaps from
/// the arXiv metadata of input/metadata/) → classify the papers
/// into themes → find related papers → build the site model → render the pages, the search index, the feeds and the
/// sitemap → write them. Each stage takes the previous stage's result and returns its own; all report into one
/// <see cref="DiagnosticBag"/>, and nothing is written when any stage reported an error.
/// </summary>
public static class ArchiveBuilder
{
    /// <summary>Reads, merges and classifies the input without writing anything (used by <c>inspect</c> and the tests).</summary>
    public static SiteContent LoadContent(BuildOptions options, DiagnosticBag diagnostics, List<StageTiming>? stages = null)
    {
        stages ??= [];
        var (config, classified) = LoadClassified(options, diagnostics, stages, ListingCache.None);
        return new SiteContent(config, classified.Catalog, classified.Themes, FindRelated(classified, stages));
    }

    /// <summary>The catalog a few captures yield on their own, classified with the site's themes: <c>archive read</c>'s
    /// preview, made without the rest of the input and without building.</summary>
    public static (IReadOnlyList<ParsedCapture> Captures, PaperCatalog Catalog) Preview(
        IReadOnlyList<RawListing> listings, SiteConfig config, DiagnosticBag diagnostics)
    {
        var captures = listings
            .Select(listing => ListingParser.Default.Read(listing, config.ListingFor(listing.File), diagnostics))
            .OfType<ParsedCapture>()
            .ToList();
        var catalog = CatalogBuilder.Build(captures.Select(c => c.Listing).ToList(), diagnostics);
        return (captures, ThemeClassifier.Classify(catalog, config.Themes, diagnostics).Catalog);
    }

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

        var cache = BuildCache.For(options);

        // The templates need no content, so they compile (and warm up) on a thread of their own while the input loads.
        // Not a thread-pool thread: on two cores the pool starts with two, and the stages' parallel loops need them (an
        // ordered PLINQ query waited ~0.2 s for the pool to add a thread while the templates held one).
        var compiling = Task.Factory.StartNew(() => CompileTemplates(options.TemplateDirectory), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var searchCache = cache.Stage("search");
        var (content, searchIndex) = LoadContent(options, diagnostics, stages, searchCache, cache.Listings);
        cancellation.ThrowIfCancellationRequested();

        // The site model needs no templates either: it is made while they may still be compiling.
        var site = Timed(stages, "site model", () => SiteModelBuilder.Build(content), s => s.Papers.Count);
        var templates = Timed(stages, "load templates", () => LoadTemplates(compiling, diagnostics), _ => 1);
        if (templates is null)
        {
            return new BuildResult(content.Catalog, null, stages);
        }

        // Template errors are found on a sample of the pages, beside the write: the new site is swapped in only once the
        // check has passed, and the stream of files stops as soon as it fails (BackgroundTemplateCheck).
        var templateCache = cache.Stage("templates");
        var check = new BackgroundTemplateCheck("check templates", problems => CheckTemplates(templates, site, templateCache, problems));
        if (diagnostics.HasErrors || cancellation.IsCancellationRequested)
        {
            check.Report(diagnostics);
            stages.Add(check.Timing);
            cancellation.ThrowIfCancellationRequested();
            return new BuildResult(content.Catalog, null, stages);
        }

        // Each output stage yields its files; they are made and written as one stream, so pages are never all held in memory.
        var pageCache = cache.Stage("pages");
        var otherPageCache = cache.Stage("other-pages");
        var files = check.Guard(
            searchIndex.Between(templates.Assets.Files.Concat(SiteRenderer.Render(site, templates, pageCache, otherPageCache)))
                .Concat(FeedBuilder.Build(content, diagnostics))
                .Concat(SitemapBuilder.Build(site)),
            diagnostics);
        try
        {
            var written = Timed(stages, "write output", () => SiteWriter.Write(options.OutputDirectory, files, diagnostics, progress, cancellation), w => w?.Files ?? 0);
            stages.Add(check.Timing);
            if (written is null)
            {
                // The index may still be running when the check stopped the write; it finishes unused.
                return new BuildResult(content.Catalog, null, stages);
            }

            stages.Add(searchIndex.Timing);

            cache.Save(diagnostics);
            return new BuildResult(content.Catalog, written, stages)
            {
                KeptPages = pageCache.Reused,
                KeptOtherPages = otherPageCache.Reused,
                KeptSearchSegments = searchCache.Reused,
                KeptListings = cache.Listings.Reused,
                Feeds = FeedBuilder.FeedCount(content),
            };
        }
        catch (Exception thrown) when (TemplateError(thrown) is { } e)
        {
            // The template check renders a sample of every page kind; when it fails too, its diagnostics are the ones
            // reported (the same on every run, whichever page the writer reached first). Otherwise this is what only
            // some data reaches. The writer has not touched output/ (the new site was being made beside it), so it is
            // as it was.
            if (check.Report(diagnostics))
            {
                stages.Add(check.Timing);
                return new BuildResult(content.Catalog, null, stages);
            }

            diagnostics.Error(DiagnosticIds.TemplateRenderError, SourceLocation.Of(e.LayoutFile), $"the template failed to render '{e.PagePath}': {e.Reason}.");
            return new BuildResult(content.Catalog, null, stages);
        }
    }

    /// <summary>
    /// The input up to related papers, as <see cref="LoadContent(BuildOptions, DiagnosticBag, List{StageTiming}?)"/>.
    /// The search index needs the papers and their themes only, so it is built on a thread of its own from
    /// classification on, while related papers are found, the templates load and the pages render (on a failed build it
    /// finishes unused). The words classification read end with related papers: no frame that lasts holds them.
    /// </summary>
    private static (SiteContent Content, SearchIndexJob SearchIndex) LoadContent(
        BuildOptions options, DiagnosticBag diagnostics, List<StageTiming> stages, StageCache searchCache, ListingCache listingCache)
    {
        var (config, classified) = LoadClassified(options, diagnostics, stages, listingCache);
        var searchIndex = StartSearchIndex(classified.Catalog, classified.Themes, DateStyle.For(config.Language), searchCache);
        return (new SiteContent(config, classified.Catalog, classified.Themes, FindRelated(classified, stages)), searchIndex);
    }

    /// <summary>The input up to its themes: the site's settings and the classified papers.</summary>
    private static (SiteConfig Config, ClassifiedPapers Classified) LoadClassified(BuildOptions options, DiagnosticBag diagnostics, List<StageTiming> stages, ListingCache listingCache)
    {
        var (config, catalog, overrides) = LoadCatalog(options, diagnostics, stages, listingCache);
        var classified = Timed(stages, "classify", () => ThemeClassifier.Classify(catalog, config.Themes, overrides, diagnostics), r => r.Themes.Count);
        return (config, classified);
    }

    /// <summary>The merged papers. The listings' bytes and their parsed entries are no longer reachable once this returns,
    /// so they are not live data from classification on (about 0.3 GB at 100,000 papers).</summary>
    private static (SiteConfig Config, PaperCatalog Catalog, IReadOnlyList<PaperOverride> Overrides) LoadCatalog(
        BuildOptions options, DiagnosticBag diagnostics, List<StageTiming> stages, ListingCache listingCache)
    {
        var (config, listings, metadata, overrides) = ParseInput(options, diagnostics, stages, listingCache);
        var catalog = Timed(stages, "build catalog", () => CatalogBuilder.Build(listings, diagnostics), c => c.Papers.Count);
        return (config, MetadataMerger.Merge(catalog, metadata, diagnostics), overrides);
    }

    /// <summary>The parsed listings; the listing files' bytes end here.</summary>
    private static (SiteConfig Config, IReadOnlyList<Listing> Listings, IReadOnlyList<PaperMetadata> Metadata, IReadOnlyList<PaperOverride> Overrides) ParseInput(
        BuildOptions options, DiagnosticBag diagnostics, List<StageTiming> stages, ListingCache listingCache)
    {
        var input = Timed(stages, "load input", () => InputLoader.Load(options.InputDirectory, diagnostics), i => i.Listings.Count);
        var config = options.BaseUrl is { } baseUrl
            ? input.Config with { BaseUrl = SiteConfigReader.NormalizeBaseUrl(baseUrl) }
            : input.Config;
        var listings = Timed(stages, "parse listings", () => ParseListings(input, diagnostics, listingCache), l => l.Sum(x => x.Entries.Count));
        return (config, listings, input.Metadata, input.Overrides);
    }

    private static RelatedPapers FindRelated(ClassifiedPapers classified, List<StageTiming> stages) =>
        Timed(stages, "related papers", () => RelatedPaperFinder.Find(classified.Catalog, classified.Words), _ => classified.Catalog.Papers.Count);

    private static (TemplateSet Templates, DiagnosticBag Problems) CompileTemplates(string directory)
    {
        var problems = new DiagnosticBag();
        var templates = TemplateSet.Compile(directory, problems);
        if (!problems.HasErrors)
        {
            TemplateWarmUp.Run(templates);
        }

        return (templates, problems);
    }

    /// <summary>
    /// Runs the <see cref="TemplateCheck"/> unless the same templates, with the same code, passed it in the build that
    /// wrote the output: then every page kind rendered, and a page whose inputs are new is still rendered before
    /// anything is written, so a mistake only new data reaches fails the build as it would fail the check (the output
    /// is left as it was). Returns how many pages the check rendered (none when skipped).
    /// </summary>
    private static int CheckTemplates(TemplateSet templates, SiteModel site, StageCache cache, DiagnosticBag diagnostics)
    {
        var sampled = 0;
        cache.ReuseOrMake(new WorkUnit("check", () => TemplateCheckFingerprint(templates), () =>
        {
            sampled = TemplateCheck.Run(templates, site, diagnostics);
            return new UnitFiles([], []);
        }));
        return sampled;
    }

    private static UInt128 TemplateCheckFingerprint(TemplateSet templates)
    {
        using var fingerprint = new Fingerprint().AddCodeOf(typeof(ArchiveBuilder), typeof(HandlebarsDotNet.Handlebars), typeof(object));
        return fingerprint.Add(templates.Fingerprint).Value();
    }

    /// <summary>The templates compiled on the other thread, its problems reported here; null when it has errors.</summary>
    private static TemplateSet? LoadTemplates(Task<(TemplateSet Templates, DiagnosticBag Problems)> compiling, DiagnosticBag diagnostics)
    {
        var (templates, problems) = compiling.GetAwaiter().GetResult();
        foreach (var problem in problems.Sorted())
        {
            diagnostics.Report(problem);
        }

        return problems.HasErrors ? null : templates;
    }

    /// <summary>The template error behind an exception, however many parallel loops wrapped it.</summary>
    private static TemplateRenderException? TemplateError(Exception exception) => exception switch
    {
        TemplateRenderException template => template,
        AggregateException aggregate => aggregate.InnerExceptions.Select(TemplateError).FirstOrDefault(e => e is not null),
        _ => null,
    };

    /// <summary>The index's files go to the writer between the pages, as each segment is made (SearchIndexJob).</summary>
    private static SearchIndexJob StartSearchIndex(PaperCatalog catalog, IReadOnlyList<ResearchTheme> themes, DateStyle dates, StageCache cache) =>
        new("search index", () => SearchIndexBuilder.Build(catalog, themes, dates, cache));

    /// <summary>Listings are independent, so they are parsed in parallel (or read back as the last build parsed them);
    /// results keep the input's file order.</summary>
    private static IReadOnlyList<Listing> ParseListings(ArchiveInput input, DiagnosticBag diagnostics, ListingCache cache)
    {
        var parsed = new Listing?[input.Listings.Count];
        Parallel.For(0, input.Listings.Count, i =>
        {
            var listing = input.Listings[i];
            parsed[i] = cache.ReadOrParse(listing, input.Config.ListingFor(listing.File), diagnostics, ListingParser.Default.Parse);
        });
        cache.Commit(diagnostics);
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
