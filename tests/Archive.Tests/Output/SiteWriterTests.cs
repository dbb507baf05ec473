using PaperArchive.Diagnostics;
using PaperArchive.Output;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Output;

public sealed class SiteWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string OutputFolder => _temp.Combine("site");

    private static OutputFile[] Site(string paperText = "paper x") =>
    [
        OutputFile.Text("index.html", "<h1>home</h1>"),
        OutputFile.Text("papers/x/index.html", paperText),
        OutputFile.Text("papers/y/index.html", "paper y"),
        OutputFile.Text("feed.xml", "<rss/>"),
        OutputFile.Text("assets/site.0123abcd.css", "body{}"),
    ];

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_first_write_creates_every_file()
    {
        var summary = SiteWriter.Write(OutputFolder, Site());

        Assert.Equal(new WriteSummary(5, 0, 0, 39, Pages: 3), summary);
        Assert.Equal("paper x", File.ReadAllText(Path.Combine(OutputFolder, "papers", "x", "index.html")));
    }

    [Fact]
    public void A_rewrite_with_nothing_changed_writes_no_file_and_keeps_every_timestamp()
    {
        SiteWriter.Write(OutputFolder, Site());
        OutputSnapshot.Age(OutputFolder);
        var before = OutputSnapshot.Of(OutputFolder);

        var summary = SiteWriter.Write(OutputFolder, Site());

        Assert.Equal(0, summary.Written);
        Assert.Equal(5, summary.Unchanged);
        OutputSnapshot.Of(OutputFolder).AssertSameAs(before);
    }

    [Fact]
    public void Only_the_file_whose_bytes_changed_is_rewritten()
    {
        SiteWriter.Write(OutputFolder, Site());
        OutputSnapshot.Age(OutputFolder);

        // Same length, different bytes: the size check alone must not call it unchanged.
        var summary = SiteWriter.Write(OutputFolder, Site(paperText: "paper X"));

        Assert.Equal((1, 4, 0), (summary.Written, summary.Unchanged, summary.Deleted));
        Assert.Equal(["papers/x/index.html"], OutputSnapshot.Of(OutputFolder).Touched);
        Assert.Equal("paper X", File.ReadAllText(Path.Combine(OutputFolder, "papers", "x", "index.html")));
    }

    [Fact]
    public void A_page_the_site_no_longer_has_is_deleted_with_its_empty_folder()
    {
        SiteWriter.Write(OutputFolder, Site());
        OutputSnapshot.Age(OutputFolder);

        var summary = SiteWriter.Write(OutputFolder, Site().Where(f => f.Path != "papers/y/index.html"));

        Assert.Equal((0, 4, 1), (summary.Written, summary.Unchanged, summary.Deleted));
        Assert.False(Directory.Exists(Path.Combine(OutputFolder, "papers", "y")));
        Assert.Empty(OutputSnapshot.Of(OutputFolder).Touched);
    }

    [Fact]
    public void A_stray_file_in_the_output_folder_is_deleted()
    {
        SiteWriter.Write(OutputFolder, Site());
        File.WriteAllText(Path.Combine(OutputFolder, "stray.html"), "left by hand");

        var summary = SiteWriter.Write(OutputFolder, Site());

        Assert.Equal(1, summary.Deleted);
        Assert.False(File.Exists(Path.Combine(OutputFolder, "stray.html")));
    }

    [Fact]
    public void A_path_can_turn_from_a_file_into_a_folder()
    {
        SiteWriter.Write(OutputFolder, [OutputFile.Text("about", "a file")]);

        SiteWriter.Write(OutputFolder, [OutputFile.Text("about/index.html", "a page")]);

        Assert.Equal("a page", File.ReadAllText(Path.Combine(OutputFolder, "about", "index.html")));
    }

    [Fact]
    public void A_stream_that_throws_leaves_the_output_untouched_and_nothing_beside_it_but_the_staging_folder()
    {
        SiteWriter.Write(OutputFolder, Site());
        OutputSnapshot.Age(OutputFolder);
        var before = OutputSnapshot.Of(OutputFolder);

        var error = Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(OutputFolder, ThrowsAfterChanges()));

        Assert.Equal("the renderer broke", error.Message);
        OutputSnapshot.Of(OutputFolder).AssertSameAs(before);
        Assert.Equal([Path.GetFileName(StagingFolder.For(OutputFolder)), "site"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_first_build_that_fails_leaves_neither_an_output_nor_a_staging_folder()
    {
        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(OutputFolder, ThrowsAfterChanges()));

        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void A_first_build_into_a_folder_given_with_a_trailing_slash_writes_there()
    {
        SiteWriter.Write(OutputFolder + "/", Site());

        Assert.Equal("paper x", File.ReadAllText(Path.Combine(OutputFolder, "papers", "x", "index.html")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void An_error_reported_while_the_files_were_made_leaves_the_output_untouched()
    {
        SiteWriter.Write(OutputFolder, Site());
        OutputSnapshot.Age(OutputFolder);
        var before = OutputSnapshot.Of(OutputFolder);
        var diagnostics = new DiagnosticBag();

        var summary = SiteWriter.Write(OutputFolder, ReportsAnError(diagnostics), diagnostics, progress: null);

        Assert.Null(summary);
        OutputSnapshot.Of(OutputFolder).AssertSameAs(before);
    }

    [Fact]
    public void Two_files_at_one_path_fail_the_write_and_leave_no_output()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            SiteWriter.Write(OutputFolder, [OutputFile.Text("index.html", "a"), OutputFile.Text("index.html", "b")]));

        Assert.Contains("two files at 'index.html'", error.Message);
        Assert.False(Directory.Exists(OutputFolder));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("papers//index.html")]
    public void A_path_outside_the_output_folder_is_refused(string path)
    {
        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(OutputFolder, [OutputFile.Text(path, "x")]));

        Assert.False(File.Exists(_temp.Combine("escape.html")));
    }

    [Fact]
    public void A_staging_folder_left_by_a_crashed_build_is_cleaned_up()
    {
        var leftover = StagingFolder.For(OutputFolder);
        Directory.CreateDirectory(Path.Combine(leftover, "papers"));
        File.WriteAllText(Path.Combine(leftover, "papers", "half-written.html"), "<h1>");

        SiteWriter.Write(OutputFolder, Site());

        Assert.False(Directory.Exists(leftover));
        Assert.False(File.Exists(Path.Combine(OutputFolder, "papers", "half-written.html")));
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_rebuild_is_brought_up_to_date_and_holds_nothing_else()
    {
        SiteWriter.Write(OutputFolder, Site());
        var leftover = StagingFolder.For(OutputFolder);
        Directory.CreateDirectory(Path.Combine(leftover, "feed.xml", "sub"));
        File.WriteAllText(Path.Combine(leftover, "papers"), "a file where a folder goes");
        File.WriteAllText(Path.Combine(leftover, "index.html"), "<h1>cut sh");
        Directory.CreateDirectory(Path.Combine(leftover, "empty", "deeper"));

        SiteWriter.Write(OutputFolder, Site(paperText: "paper X"));

        var expected = Site(paperText: "paper X").ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content));
        Assert.Equal(expected, OutputSnapshot.Of(OutputFolder).Files.ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetString(f.Value.Content)));
        var previous = Site().ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Content));
        Assert.Equal(previous, OutputSnapshot.Of(leftover).Files.ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetString(f.Value.Content)));
        Assert.False(Directory.Exists(Path.Combine(leftover, "empty")));
    }

    [Fact]
    public void Two_output_folders_never_share_a_staging_folder()
    {
        var first = StagingFolder.For(_temp.Combine("a", "output"));
        var second = StagingFolder.For(_temp.Combine("b", "output"));
        var third = StagingFolder.For(_temp.Combine("a", "preview"));

        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
        Assert.StartsWith(".output-staging-", Path.GetFileName(first));
        Assert.Equal(_temp.Combine("a"), Path.GetDirectoryName(first));
    }

    [Fact]
    public void Thousands_of_streamed_files_are_all_written_and_progress_counts_them()
    {
        var progress = new LastValue();
        var files = Enumerable.Range(0, 3000).Select(i => OutputFile.Text($"papers/p{i}/index.html", $"paper {i}"));

        var summary = SiteWriter.Write(OutputFolder, files, new DiagnosticBag(), progress)!;

        Assert.Equal(3000, summary.Written);
        Assert.Equal(3000, progress.Max);
        Assert.Equal("paper 2999", File.ReadAllText(Path.Combine(OutputFolder, "papers", "p2999", "index.html")));
        Assert.Equal(3000, SiteWriter.Write(OutputFolder, files).Unchanged);
    }

    private static IEnumerable<OutputFile> ThrowsAfterChanges()
    {
        yield return OutputFile.Text("index.html", "<h1>a new home</h1>");
        yield return OutputFile.Text("papers/z/index.html", "a new paper");
        throw new InvalidOperationException("the renderer broke");
    }

    private static IEnumerable<OutputFile> ReportsAnError(DiagnosticBag diagnostics)
    {
        yield return OutputFile.Text("index.html", "<h1>a new home</h1>");
        diagnostics.Error("ARC0599", null, "a feed could not be made.");
        yield return OutputFile.Text("feed.xml", "<rss>changed</rss>");
    }

    private sealed class LastValue : IProgress<int>
    {
        private int _max;

        public int Max => _max;

        public void Report(int value)
        {
            int seen;
            do
            {
                seen = _max;
            }
            while (value > seen && Interlocked.CompareExchange(ref _max, value, seen) != seen);
        }
    }
}
