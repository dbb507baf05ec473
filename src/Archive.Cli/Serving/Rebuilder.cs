using System.Diagnostics;
using System.Globalization;
using PaperArchive.Cli.Building;
using PaperArchive.Cli.Commands;
using PaperArchive.Diagnostics;

namespace PaperArchive.Cli.Serving;

/// <summary>
/// Builds the site for the preview, one build at a time, and publishes each outcome to <see cref="BuildEvents"/>.
/// A failed build prints its diagnostics and is published with them, while the output folder (and so the served
/// site) stays as the last good build left it.
/// </summary>
public sealed class Rebuilder(BuildOptions options, BuildEvents events, TextWriter output, TextWriter errors)
{
    // Names each good build; the random part tells a restarted server's builds from the last one's.
    private readonly string _instance = Guid.NewGuid().ToString("N")[..8];
    private int _builds;
    private string _site = "none";

    public bool Build(bool printStages)
    {
        var stopwatch = Stopwatch.StartNew();
        var (result, diagnostics) = BuildSafely();
        DiagnosticPrinter.Print(diagnostics, errors);
        if (printStages)
        {
            BuildReport.PrintStages(result, output);
        }

        var summary = BuildReport.Summary(result, diagnostics, options.OutputDirectory);
        if (result.Succeeded)
        {
            _site = string.Create(CultureInfo.InvariantCulture, $"{_instance}.{++_builds}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary} ({stopwatch.Elapsed.TotalMilliseconds:F0} ms)"));
        }
        else
        {
            errors.WriteLine(summary + " Still serving the last good site.");
        }

        events.Publish(new BuildState(_site, result.Succeeded, summary, diagnostics.Sorted().Select(d => d.ToString()).ToList()));
        return result.Succeeded;
    }

    /// <summary>A bug in a build stage must not take the preview down: it is shown like any failed build, and the
    /// last good site stays served.</summary>
    private (BuildResult Result, DiagnosticBag Diagnostics) BuildSafely()
    {
        try
        {
            return BuildCommand.BuildOnce(options);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(DiagnosticIds.ServeBuildCrashed, null, $"the build stopped with an internal error ({e.GetType().Name}: {e.Message}); please report it.");
            return (new BuildResult(null, null, []), diagnostics);
        }
    }

    /// <summary>Rebuilds after each settled change until <paramref name="cancellation"/> is signalled.</summary>
    public async Task WatchAsync(InputWatcher watcher, CancellationToken cancellation)
    {
        try
        {
            while (true)
            {
                await watcher.WaitForQuietAsync(cancellation);
                output.WriteLine("Change detected; rebuilding.");
                Build(printStages: false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
