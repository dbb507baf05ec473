using System.CommandLine;
using PaperArchive.Cli.Building;
using PaperArchive.Diagnostics;

namespace PaperArchive.Cli.Commands;

/// <summary><c>archive build</c>: the site from the input folder, written to the output folder only when it succeeds.
/// Stages, progress and the summary go to standard output; diagnostics to standard error. Ctrl+C stops it within
/// half a second and leaves the output folder as it was.</summary>
public static class BuildCommand
{
    /// <summary>The exit code of a build stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int StoppedExitCode = 130;

    /// <summary>How long a stopped build may take to reach its next check before it is simply abandoned: the output
    /// folder is replaced in one step, so a build may end at any instant without harm.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromMilliseconds(500);

    public static Command Create()
    {
        var options = new BuildOptionSet();
        var command = new Command("build", "Build the site from the input folder.");
        options.AddTo(command);
        command.SetAction((result, cancellation) => RunAsync(options.Read(result), cancellation));
        return command;
    }

    /// <summary>Runs the build on another thread, so that Ctrl+C (<paramref name="cancellation"/>) is answered at
    /// once even while a long stage that does not look at it is running. A thread of its own, not one of the thread
    /// pool's: the build's parallel stages need the pool's threads (on two cores it starts with two).</summary>
    public static async Task<int> RunAsync(BuildOptions options, CancellationToken cancellation)
    {
        var build = Task.Factory.StartNew(() => Run(options, cancellation), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            return await build.WaitAsync(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl+C: give the build a moment to stop by itself.
        }

        try
        {
            return await build.WaitAsync(StopGrace, CancellationToken.None);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            Console.Error.WriteLine($"Build stopped (Ctrl+C); {options.OutputDirectory.TrimEnd('/', '\\')}/ was left as it was.");
            return StoppedExitCode;
        }
    }

    public static int Run(BuildOptions options, CancellationToken cancellation = default)
    {
        var (result, diagnostics) = BuildOnce(options, cancellation);
        var exitCode = DiagnosticPrinter.Print(diagnostics, Console.Error);
        BuildReport.PrintStages(result, Console.Out);
        var summary = BuildReport.Summary(result, diagnostics, options.OutputDirectory);
        (result.Succeeded ? Console.Out : Console.Error).WriteLine(summary);
        return exitCode;
    }

    /// <summary>One build with a progress bar on a terminal; a failure to write the output folder (disk full, no
    /// permission) becomes a diagnostic rather than a stack trace. Shared with <c>serve</c>.</summary>
    public static (BuildResult Result, DiagnosticBag Diagnostics) BuildOnce(BuildOptions options, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        using var progress = ProgressBar.ForConsole(options.OutputDirectory);
        try
        {
            return (ArchiveBuilder.Build(options, diagnostics, progress, cancellation), diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.OutputUnwritable, SourceLocation.Of(options.OutputDirectory),
                $"cannot write the output folder: {e.Message}");
            return (new BuildResult(null, null, []), diagnostics);
        }
    }
}
