using PaperArchive.Diagnostics;
using PaperArchive.Caching;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Caching;

/// <summary>Whole builds of the shipped input with the build cache: a paper page or a search index segment is kept
/// from the last build only when nothing it is made from changed, and a site built with the cache is the site built
/// without it.</summary>
[Trait("Category", "Slow")]
public sealed class BuildCacheTests : IDisposable
{
    private readonly InputCopy _input = new();

    public void Dispose() => _input.Dispose();

    private string CacheFile => Path.Combine(BuildCache.FolderFor(_input.Output), "pages.cache");

    [Fact]
    public void A_second_build_of_unchanged_input_renders_no_paper_page_again()
    {
        var first = Build();

        var second = Build();

        Assert.Equal((0, 0, 0), (first.KeptPages, first.KeptOtherPages, first.KeptSearchSegments));
        Assert.Equal(VisiblePapers(second), second.KeptPages);
        Assert.Equal(second.Written!.Pages - VisiblePapers(second), second.KeptOtherPages);
        Assert.Equal(2, second.KeptSearchSegments);
        Assert.Equal(Directory.GetFiles(Path.Combine(_input.Input, "listings")).Length, second.KeptListings);
        Assert.Equal(0, second.Written!.Written);
    }

    [Fact]
    public void A_site_built_with_the_cache_after_a_listing_that_shows_a_known_paper_again_is_the_site_built_without_it()
    {
        Build();

        // The known paper gains a source and upvotes: its page, its cite.bib's neighbours, the list pages that show its
        // upvotes and the pages its new neighbour shifts must all change, and nothing else may be stale.
        _input.Write("listings/2025-12-12-relisted.txt", _input.Relisting("Reward Models for Value Alignment from Human Feedback", 999));
        var cached = Build();
        var clean = ArchiveBuilder.Build(_input.Options with { OutputDirectory = Path.Combine(_input.Root, "clean"), UseCache = false }, new DiagnosticBag());

        Assert.InRange(cached.KeptPages, 1, VisiblePapers(cached) - 2);
        Assert.InRange(cached.KeptOtherPages, 1, cached.Written!.Pages - VisiblePapers(cached) - 2);
        Assert.Equal(Directory.GetFiles(Path.Combine(_input.Input, "listings")).Length - 1, cached.KeptListings);
        AssertSameSite(Path.Combine(_input.Root, "clean"), _input.Output);
        Assert.Equal((0, 0), (clean.KeptPages, clean.KeptOtherPages));
    }

    [Fact]
    public void A_list_page_changed_by_hand_in_the_output_is_rendered_again()
    {
        Build();
        var page = Path.Combine(_input.Output, "themes", "index.html");
        var original = File.ReadAllText(page);
        File.WriteAllText(page, original.Replace("</main>", "<p>edited by hand</p></main>", StringComparison.Ordinal));

        var rebuilt = Build();

        Assert.Equal(original, File.ReadAllText(page));
        Assert.Equal(rebuilt.Written!.Pages - VisiblePapers(rebuilt) - 1, rebuilt.KeptOtherPages);
        Assert.Equal(1, rebuilt.Written!.Written);
    }

    [Fact]
    public void A_new_base_url_makes_every_cite_file_again()
    {
        Build();

        var rebuilt = ArchiveBuilder.Build(_input.Options with { BaseUrl = "https://papers.example" }, new DiagnosticBag());

        Assert.Equal((0, 0), (rebuilt.KeptPages, rebuilt.KeptOtherPages));
        var citeFiles = PaperPages().Select(p => Path.Combine(Path.GetDirectoryName(p)!, "cite.bib")).ToList();
        Assert.Equal(VisiblePapers(rebuilt), citeFiles.Count);
        Assert.All(citeFiles, f => Assert.DoesNotContain("archive.example", File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_built_with_the_cache_after_a_new_listing_is_the_site_built_without_it()
    {
        Build();

        // A paper in the words of the shipped ones: it becomes related to some of them, whose pages must change.
        _input.Write("listings/2025-12-12-added.txt", Support.Listings.Page("Dec 12", Support.Listings.Entry(
            "Reward Models for Value Alignment from Human Feedback", "Nov 3",
            abstractText: "We align language models with human values using reward models trained on human feedback and preference data.")));
        var cached = Build();
        var clean = ArchiveBuilder.Build(_input.Options with { OutputDirectory = Path.Combine(_input.Root, "clean"), UseCache = false }, new DiagnosticBag());

        Assert.InRange(cached.KeptPages, 1, VisiblePapers(cached) - 2);
        Assert.Equal(1, cached.KeptSearchSegments);
        AssertSameSite(Path.Combine(_input.Root, "clean"), _input.Output);
        Assert.Equal(0, clean.KeptPages);
    }

    [Fact]
    public void A_paper_page_changed_by_hand_in_the_output_is_rendered_again()
    {
        Build();
        var page = PaperPages().First();
        var original = File.ReadAllText(page);
        File.WriteAllText(page, original.Replace("</main>", "<p>edited by hand</p></main>", StringComparison.Ordinal));

        var rebuilt = Build();

        Assert.Equal(original, File.ReadAllText(page));
        Assert.Equal(VisiblePapers(rebuilt) - 1, rebuilt.KeptPages);
        Assert.Equal(1, rebuilt.Written!.Written);
    }

    [Fact]
    public void A_search_index_file_deleted_from_the_output_is_made_again()
    {
        var first = Build();
        var shard = Path.Combine(_input.Output, "search", "index", "s0", "w", "0.json");
        var original = File.ReadAllBytes(shard);
        File.Delete(shard);

        var rebuilt = Build();

        Assert.Equal(original, File.ReadAllBytes(shard));
        Assert.Equal(1, rebuilt.KeptSearchSegments);
        Assert.Equal(first.Written!.Files, rebuilt.Written!.Files);
    }

    [Fact]
    public void A_changed_paper_layout_renders_every_paper_page_again()
    {
        using var templates = new TempFolder();
        FolderCopy.Copy(RepoPaths.ShippedTemplates, templates.Path);
        var options = _input.Options with { TemplateDirectory = templates.Path };
        ArchiveBuilder.Build(options, new DiagnosticBag());
        var layout = Path.Combine(templates.Path, "layouts", "paper.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<h2 id=\"abstract-heading\">Abstract</h2>", "<h2 id=\"abstract-heading\">Summary</h2>", StringComparison.Ordinal));

        var rebuilt = ArchiveBuilder.Build(options, new DiagnosticBag());

        Assert.Equal(0, rebuilt.KeptPages);
        Assert.All(PaperPages(), p => Assert.Contains("id=\"abstract-heading\">Summary</h2>", File.ReadAllText(p), StringComparison.Ordinal));
    }

    [Fact]
    public void A_rebuild_checks_the_templates_again_only_when_they_changed_since_the_last_build()
    {
        using var templates = new TempFolder();
        FolderCopy.Copy(RepoPaths.ShippedTemplates, templates.Path);
        var options = _input.Options with { TemplateDirectory = templates.Path };
        var first = ArchiveBuilder.Build(options, new DiagnosticBag());
        var unchanged = ArchiveBuilder.Build(options, new DiagnosticBag());
        var layout = Path.Combine(templates.Path, "layouts", "list.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{format}}", "{{formatName}}", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();

        var broken = ArchiveBuilder.Build(options, diagnostics);

        Assert.True(SampledPages(first) > 0);
        Assert.Equal(0, SampledPages(unchanged));
        Assert.True(SampledPages(broken) > 0);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.TemplateRenderError && d.Location!.Value.File == layout);
        Assert.False(broken.Succeeded);
    }

    [Fact]
    public void A_new_site_title_renders_every_paper_page_again()
    {
        Build();
        var config = Path.Combine(_input.Input, "site.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("title: Paper Archive", "title: Alignment Papers", StringComparison.Ordinal));

        var rebuilt = Build();

        Assert.Equal(0, rebuilt.KeptPages);
        Assert.Equal(VisiblePapers(rebuilt), PaperPages().Count());
        Assert.All(PaperPages(), p => Assert.Contains("· Alignment Papers</title>", File.ReadAllText(p), StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_cache_means_every_page_is_rendered_and_the_build_succeeds()
    {
        Build();
        File.WriteAllBytes(CacheFile, [1, 2, 3, 4, 5]);

        var rebuilt = Build();
        var again = Build();

        Assert.True(rebuilt.Succeeded);
        Assert.Equal(0, rebuilt.KeptPages);
        Assert.Equal(0, rebuilt.Written!.Written);
        Assert.Equal(VisiblePapers(again), again.KeptPages);
    }

    [Fact]
    public void Without_the_cache_no_page_is_kept_and_no_cache_is_written()
    {
        var options = _input.Options with { UseCache = false };
        ArchiveBuilder.Build(options, new DiagnosticBag());

        var second = ArchiveBuilder.Build(options, new DiagnosticBag());

        Assert.Equal(0, second.KeptPages);
        Assert.False(Directory.Exists(Path.Combine(_input.Root, ".archive-cache")));
    }

    private static void AssertSameSite(string expectedFolder, string actualFolder)
    {
        var expected = OutputSnapshot.Of(expectedFolder);
        var actual = OutputSnapshot.Of(actualFolder);
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(actual.Files, f => Assert.True(f.Value.Content.AsSpan().SequenceEqual(expected.Files[f.Key].Content), $"{f.Key} differs from a build without the cache."));
    }

    private static int SampledPages(BuildResult result) => result.Stages.Single(s => s.Stage == "check templates").Count;

    private BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        var result = ArchiveBuilder.Build(_input.Options, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return result;
    }

    /// <summary>The page of each paper (<c>papers/&lt;slug&gt;/</c>), not the pages of the list of all papers.</summary>
    private IEnumerable<string> PaperPages() =>
        Directory.EnumerateDirectories(Path.Combine(_input.Output, "papers"))
            .Where(folder => Path.GetFileName(folder) != "page")
            .Order(StringComparer.Ordinal)
            .Select(folder => Path.Combine(folder, "index.html"));

    private static int VisiblePapers(BuildResult result) => result.Catalog!.Papers.Count(p => !p.Hidden);
}
