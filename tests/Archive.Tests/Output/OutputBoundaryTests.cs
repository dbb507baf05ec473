using PaperArchive.Diagnostics;
using PaperArchive.Output;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Output;

/// <summary>The writer touches nothing outside the output folder and the staging folder beside it: links someone put
/// in either are removed as links, never followed, and the files they point to are neither read, written nor
/// deleted. A write that stops half-way leaves the output as it was.</summary>
public sealed class OutputBoundaryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public OutputBoundaryTests()
    {
        _temp.Write("elsewhere/notes.txt", "not the site's");
        _temp.Write("elsewhere/x/index.html", "not the site's either");
    }

    private string OutputFolder => _temp.Combine("site");

    private string Elsewhere => _temp.Combine("elsewhere");

    public void Dispose() => _temp.Dispose();

    private static OutputFile[] Site(string home = "<h1>home</h1>") =>
    [
        OutputFile.Text("index.html", home),
        OutputFile.Text("papers/x/index.html", "paper x"),
        OutputFile.Text("papers/y/index.html", "paper y"),
        OutputFile.Text("feed.xml", "<rss/>"),
    ];

    [Fact]
    public void A_link_in_the_output_to_another_folder_is_removed_without_touching_what_it_points_to()
    {
        SiteWriter.Write(OutputFolder, Site());
        Directory.CreateSymbolicLink(Path.Combine(OutputFolder, "linked"), Elsewhere);

        // Several writes, so that the link also passes through the staging folder the output is swapped with.
        SiteWriter.Write(OutputFolder, Site("<h1>home 2</h1>"));
        SiteWriter.Write(OutputFolder, Site("<h1>home 3</h1>"));
        SiteWriter.Write(OutputFolder, Site("<h1>home 4</h1>"));

        AssertElsewhereUntouched();
        Assert.False(Path.Exists(Path.Combine(OutputFolder, "linked")));
        Assert.Equal(Site("<h1>home 4</h1>").Select(f => f.Path).Order(StringComparer.Ordinal), OutputSnapshot.Of(OutputFolder).Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_of_the_site_replaced_by_a_link_is_written_as_a_real_folder_not_through_the_link()
    {
        SiteWriter.Write(OutputFolder, Site());
        Directory.Delete(Path.Combine(OutputFolder, "papers"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(OutputFolder, "papers"), Elsewhere);

        SiteWriter.Write(OutputFolder, Site());
        SiteWriter.Write(OutputFolder, Site("<h1>home 2</h1>"));

        AssertElsewhereUntouched();
        Assert.Null(new DirectoryInfo(Path.Combine(OutputFolder, "papers")).LinkTarget);
        Assert.Equal("paper x", File.ReadAllText(Path.Combine(OutputFolder, "papers", "x", "index.html")));
    }

    [Fact]
    public void A_page_replaced_by_a_link_to_an_identical_file_elsewhere_is_written_again_as_a_file()
    {
        SiteWriter.Write(OutputFolder, Site());
        var page = Path.Combine(OutputFolder, "papers", "x", "index.html");
        File.WriteAllText(_temp.Combine("elsewhere", "copy.html"), "paper x");
        File.Delete(page);
        File.CreateSymbolicLink(page, _temp.Combine("elsewhere", "copy.html"));

        var summary = SiteWriter.Write(OutputFolder, Site());

        Assert.Equal(1, summary.Written);
        Assert.Null(new FileInfo(page).LinkTarget);
        Assert.Equal("paper x", File.ReadAllText(page));
        Assert.Equal("paper x", File.ReadAllText(_temp.Combine("elsewhere", "copy.html")));
    }

    [Fact]
    public void Links_left_in_the_staging_folder_are_removed_without_touching_what_they_point_to()
    {
        SiteWriter.Write(OutputFolder, Site());
        var staging = StagingFolder.For(OutputFolder);
        Directory.CreateDirectory(staging);
        Directory.CreateSymbolicLink(Path.Combine(staging, "papers"), Elsewhere);
        File.CreateSymbolicLink(Path.Combine(staging, "index.html"), _temp.Combine("elsewhere", "notes.txt"));
        Directory.CreateSymbolicLink(Path.Combine(staging, "stray"), Elsewhere);

        SiteWriter.Write(OutputFolder, Site("<h1>home 2</h1>"));
        SiteWriter.Write(OutputFolder, Site("<h1>home 3</h1>"));

        AssertElsewhereUntouched();
        Assert.Equal("<h1>home 3</h1>", File.ReadAllText(Path.Combine(OutputFolder, "index.html")));
        Assert.Equal("paper y", File.ReadAllText(Path.Combine(OutputFolder, "papers", "y", "index.html")));
    }

    [Fact]
    public void A_changed_file_is_staged_as_a_new_file_so_the_served_one_never_changes_under_a_reader()
    {
        // After two writes the staging folder shares its unchanged files with the output; a third write that stops
        // after staging a change must not have changed the file that the output holds.
        SiteWriter.Write(OutputFolder, Site());
        SiteWriter.Write(OutputFolder, Site("<h1>home 2</h1>"));
        SiteWriter.Write(OutputFolder, Site("<h1>home 2</h1>").Select(f => f.Path == "feed.xml" ? OutputFile.Text("feed.xml", "<rss>2</rss>") : f));
        var before = OutputSnapshot.Of(OutputFolder);

        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(OutputFolder, ChangesThenThrows()));

        OutputSnapshot.Of(OutputFolder).AssertSameAs(before);
    }

    [Fact]
    public void A_cancelled_write_stops_and_leaves_the_output_as_it_was()
    {
        SiteWriter.Write(OutputFolder, Site());
        var before = OutputSnapshot.Of(OutputFolder);
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SiteWriter.Write(OutputFolder, CancelsMidway(cancellation), new DiagnosticBag(), progress: null, cancellation.Token));

        OutputSnapshot.Of(OutputFolder).AssertSameAs(before);
    }

    private static IEnumerable<OutputFile> ChangesThenThrows()
    {
        yield return OutputFile.Text("index.html", "<h1>home 3</h1>");
        yield return OutputFile.Text("papers/x/index.html", "paper x, changed");
        yield return OutputFile.Text("feed.xml", "<rss>3</rss>");
        throw new InvalidOperationException("the renderer broke");
    }

    private static IEnumerable<OutputFile> CancelsMidway(CancellationTokenSource cancellation)
    {
        yield return OutputFile.Text("index.html", "<h1>home, cancelled</h1>");
        cancellation.Cancel();
        for (var i = 0; i < 1000; i++)
        {
            yield return OutputFile.Text($"papers/p{i}/index.html", "never written");
        }
    }

    private void AssertElsewhereUntouched()
    {
        Assert.Equal(["notes.txt", "x/index.html"], OutputSnapshot.Of(Elsewhere).Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("not the site's", File.ReadAllText(Path.Combine(Elsewhere, "notes.txt")));
        Assert.Equal("not the site's either", File.ReadAllText(Path.Combine(Elsewhere, "x", "index.html")));
    }
}
