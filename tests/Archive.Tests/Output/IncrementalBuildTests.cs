using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Output;

/// <summary>Whole builds of the shipped input, rebuilt after a change: the output folder follows the input while
/// files whose bytes did not change are never rewritten, so a deploy uploads only what changed.</summary>
[Trait("Category", "Slow")]
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly InputCopy _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public void A_rebuild_of_unchanged_input_writes_no_file_and_keeps_every_timestamp()
    {
        Build();
        OutputSnapshot.Age(_input.Output);
        var before = OutputSnapshot.Of(_input.Output);

        var result = Build();

        Assert.Equal(0, result.Written!.Written);
        Assert.Equal(0, result.Written.Deleted);
        Assert.Equal(before.Files.Count, result.Written.Unchanged);
        OutputSnapshot.Of(_input.Output).AssertSameAs(before);
    }

    [Fact]
    public void A_new_listing_rewrites_exactly_the_files_whose_bytes_changed()
    {
        Build();
        OutputSnapshot.Age(_input.Output);
        var before = OutputSnapshot.Of(_input.Output);

        _input.Write("listings/2025-12-12-added.txt", InputCopy.NewListing("Incremental Output for Curated Paper Archives"));
        var result = Build();

        var after = OutputSnapshot.Of(_input.Output);
        var changed = after.Files
            .Where(f => !before.Files.TryGetValue(f.Key, out var old) || !old.Content.AsSpan().SequenceEqual(f.Value.Content))
            .Select(f => f.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(changed);
        Assert.Equal(changed, after.Touched);
        Assert.Equal(changed.Count, result.Written!.Written);
        Assert.Equal(after.Files.Count - changed.Count, result.Written.Unchanged);
    }

    [Fact]
    public void A_new_listing_of_one_paper_leaves_the_pages_of_unrelated_papers_untouched()
    {
        Build();
        OutputSnapshot.Age(_input.Output);
        var before = OutputSnapshot.Of(_input.Output);

        _input.Write("listings/2025-12-12-added.txt", InputCopy.NewListing("Incremental Output for Curated Paper Archives"));
        var result = Build();

        // The new paper's own page, the lists it joins, its related papers and the feeds change; the rest of the
        // 455 paper pages must not, or every deploy would upload the whole site. (The search index renumbers its
        // papers, so its files are not counted here.)
        var touched = OutputSnapshot.Of(_input.Output).Touched.ToList();
        var touchedPaperPages = touched.Count(p => p.StartsWith("papers/", StringComparison.Ordinal) && !p.StartsWith("papers/page/", StringComparison.Ordinal));
        Assert.InRange(touchedPaperPages, 1, 20);
        var pages = before.Files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        Assert.InRange(touched.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), 1, pages / 5);
        Assert.True(result.Written!.Written > 0);
    }

    [Fact]
    public void Newer_papers_leave_every_numbered_list_page_byte_identical_and_untouched()
    {
        Build();
        OutputSnapshot.Age(_input.Output);
        var before = OutputSnapshot.Of(_input.Output);

        _input.Write("listings/2025-12-12-added.txt", Support.Listings.Page("Dec 12",
            [.. Enumerable.Range(1, 3).Select(n => Support.Listings.Entry($"Newer Paper Number {n} on Value Alignment of Language Models", "Dec 12",
                abstractText: "A newer paper on alignment, reasoning and language models, added by a test."))]));
        Build();

        // A list's numbered pages count from its oldest papers, so newer papers change only its root; a numbered page
        // changes only when the list gains one, and then only the previous newest (its newer link now goes there).
        var after = OutputSnapshot.Of(_input.Output);
        var numbered = before.Files.Keys.Where(IsNumberedListPage).ToList();
        Assert.NotEmpty(numbered);
        var changed = numbered.Where(p => !after.Files.TryGetValue(p, out var now) || !now.Content.AsSpan().SequenceEqual(before.Files[p].Content)).ToList();
        var grown = after.Files.Keys.Where(IsNumberedListPage).Except(numbered).Select(ListOf).ToHashSet(StringComparer.Ordinal);
        Assert.All(changed, p => Assert.True(grown.Contains(ListOf(p)) && !numbered.Contains(NextPage(p)), $"{p} changed"));
        Assert.All(numbered.Except(changed), p => Assert.DoesNotContain(p, after.Touched));
        Assert.Contains("papers/index.html", after.Touched);

        // Their date in the sitemap stays too: it is their own papers' latest capture day, not the list's.
        var (datesBefore, datesAfter) = (SitemapDates(before), SitemapDates(after));
        Assert.All(numbered.Except(changed), p => Assert.Equal(datesBefore[PageUrl(p)], datesAfter[PageUrl(p)]));
        Assert.NotEqual(datesBefore[PageUrl("papers/index.html")], datesAfter[PageUrl("papers/index.html")]);
    }

    private static Dictionary<string, string> SitemapDates(OutputSnapshot site) =>
        System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(site.Files["sitemap.xml"].Content)).Root!
            .Elements().ToDictionary(u => u.Elements().First(e => e.Name.LocalName == "loc").Value, u => u.Elements().First(e => e.Name.LocalName == "lastmod").Value);

    private static string PageUrl(string file) => "https://archive.example/" + file[..^"index.html".Length];

    [Fact]
    public void A_listing_that_shows_a_known_paper_again_keeps_the_base_search_index_and_every_page_it_does_not_change()
    {
        Build();
        var before = OutputSnapshot.Of(_input.Output);

        _input.Write("listings/2025-12-12-relisted.txt", _input.Relisting("Incremental Output for Curated Paper Archives", 250));
        var result = Build();

        // Files are compared by bytes and by last-write time, so the build cache (which trusts recorded times) is on.
        var after = OutputSnapshot.Of(_input.Output);
        var rewritten = after.Files.Where(f => !before.Files.TryGetValue(f.Key, out var old) || old.Written != f.Value.Written).Select(f => f.Key).ToList();
        Assert.DoesNotContain(rewritten, p => p.StartsWith("search/index/s0/", StringComparison.Ordinal));
        Assert.Equal(1, result.KeptSearchSegments);

        // The known paper's page shows its new source and upvotes; the pages of papers it does not touch are kept.
        var known = rewritten.Single(p => p.StartsWith("papers/dynamic-normativity", StringComparison.Ordinal));
        Assert.Contains("2025-12-12-relisted.txt", System.Text.Encoding.UTF8.GetString(after.Files[known].Content));
        var paperPages = rewritten.Count(IsPaperPage);
        Assert.InRange(paperPages, 2, 20);
        var allPaperPages = after.Files.Keys.Count(IsPaperPage);
        Assert.True(result.KeptPages >= allPaperPages - paperPages, $"{result.KeptPages} pages kept of {allPaperPages}, {paperPages} rewritten");
    }

    [Fact]
    public void A_rebuild_after_a_listing_is_removed_equals_a_clean_build_of_the_new_input()
    {
        _input.Write("listings/2025-12-12-added.txt", InputCopy.NewListing("A Paper That Will Be Removed Again"));
        Build();
        File.Delete(Path.Combine(_input.Input, "listings", "2025-12-12-added.txt"));

        Build();
        var clean = _input.Options with { OutputDirectory = Path.Combine(_input.Root, "clean") };
        Assert.True(ArchiveBuilder.Build(clean, new DiagnosticBag()).Succeeded);

        var rebuilt = OutputSnapshot.Of(_input.Output);
        var expected = OutputSnapshot.Of(clean.OutputDirectory);
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), rebuilt.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(rebuilt.Files, f => Assert.True(f.Value.Content.AsSpan().SequenceEqual(expected.Files[f.Key].Content), f.Key));
        Assert.DoesNotContain(rebuilt.Files.Keys, path => path.Contains("a-paper-that-will-be-removed-again", StringComparison.Ordinal));
        Assert.DoesNotContain(rebuilt.Files.Values, f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("A Paper That Will Be Removed Again", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failed_build_leaves_the_output_byte_identical_with_the_same_timestamps()
    {
        Build();
        OutputSnapshot.Age(_input.Output);
        var before = OutputSnapshot.Of(_input.Output);

        _input.Write("listings/2025-12-12-added.txt", InputCopy.NewListing("A Paper In A Build That Fails"));
        _input.Write("site.yml", "title: [this is not closed\n");
        var diagnostics = new DiagnosticBag();
        var result = ArchiveBuilder.Build(_input.Options, diagnostics);

        Assert.False(result.Succeeded);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.ConfigYamlError);
        OutputSnapshot.Of(_input.Output).AssertSameAs(before);
        // No staging folder is left behind; the render cache is the first build's.
        Assert.Equal([".archive-cache", "input", "output"], Directory.GetFileSystemEntries(_input.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private BuildResult Build()
    {
        var diagnostics = new DiagnosticBag();
        var result = ArchiveBuilder.Build(_input.Options, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return result;
    }

    /// <summary>A numbered page of a list (<c>themes/x/page/3/index.html</c>).</summary>
    private static bool IsNumberedListPage(string path) => path.Contains("/page/", StringComparison.Ordinal);

    private static string ListOf(string numberedPage) => numberedPage[..numberedPage.IndexOf("/page/", StringComparison.Ordinal)];

    private static string NextPage(string numberedPage)
    {
        var number = int.Parse(numberedPage.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);
        return $"{ListOf(numberedPage)}/page/{number + 1}/index.html";
    }

    /// <summary>The page of one paper (<c>papers/&lt;slug&gt;/index.html</c>), not its other files or the list's pages.</summary>
    private static bool IsPaperPage(string path) =>
        path.StartsWith("papers/", StringComparison.Ordinal) && !path.StartsWith("papers/page/", StringComparison.Ordinal)
        && path.EndsWith("/index.html", StringComparison.Ordinal);
}
