using PaperArchive.Diagnostics;
using PaperArchive.Output;
using PaperArchive.Rendering;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

/// <summary>The template check runs beside the write; the output must still only ever get a site whose check passed.</summary>
public sealed class BackgroundTemplateCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_check_that_fails_after_every_file_was_staged_still_leaves_the_output_as_it_was()
    {
        var output = _folder.Combine("output");
        SiteWriter.Write(output, [OutputFile.Text("index.html", "previous")]);
        var staged = new ManualResetEventSlim();
        var check = new BackgroundTemplateCheck("check templates", problems =>
        {
            // The check ends only once the writer has taken the last file, as a slow check on a big archive would.
            staged.Wait(TimeSpan.FromSeconds(30));
            problems.Error(DiagnosticIds.TemplateRenderError, null, "the template failed to render 'about/'.");
            return 1;
        });
        var diagnostics = new DiagnosticBag();

        var written = SiteWriter.Write(output, check.Guard(FilesThen(staged.Set), diagnostics), diagnostics, progress: null);

        Assert.Null(written);
        Assert.Equal(DiagnosticIds.TemplateRenderError, Assert.Single(diagnostics.Sorted()).Id);
        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "about", "index.html")));
    }

    [Fact]
    public void A_failed_check_stops_the_stream_of_files_instead_of_making_the_whole_site()
    {
        var check = new BackgroundTemplateCheck("check templates", problems =>
        {
            problems.Error(DiagnosticIds.TemplateRenderError, null, "the template failed to render 'papers/'.");
            return 1;
        });
        var diagnostics = new DiagnosticBag();

        var taken = check.Guard(ManyFilesOnceTheCheckFailed(check), diagnostics).Count();

        // The first file may pass before the failure is seen; none of those after it.
        Assert.InRange(taken, 0, 1);
        Assert.Single(diagnostics.Sorted());
    }

    [Fact]
    public void A_passing_check_lets_every_file_through_and_reports_how_many_pages_it_rendered()
    {
        var check = new BackgroundTemplateCheck("check templates", _ => 23);
        var diagnostics = new DiagnosticBag();

        var taken = check.Guard(Enumerable.Range(0, 100).Select(i => OutputFile.Text($"p{i}.html", "x")), diagnostics).Count();

        Assert.Equal(100, taken);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(23, check.Timing.Count);
    }

    private static IEnumerable<OutputFile> FilesThen(Action afterLast)
    {
        yield return OutputFile.Text("index.html", "new");
        yield return OutputFile.Text("about/index.html", "new");
        afterLast();
    }

    private static IEnumerable<OutputFile> ManyFilesOnceTheCheckFailed(BackgroundTemplateCheck check)
    {
        yield return OutputFile.Text("index.html", "new");
        SpinWait.SpinUntil(() => check.HasFailed, TimeSpan.FromSeconds(30));
        for (var i = 0; i < 1000; i++)
        {
            yield return OutputFile.Text($"papers/{i}/index.html", "new");
        }
    }

    public void Dispose() => _folder.Dispose();
}
