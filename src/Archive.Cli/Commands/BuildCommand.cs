using System.CommandLine;
using PaperArchive.Cli.Building;
using PaperArchive.Diagnostics;

namespace PaperArchive.Cli.Commands;

/// <summary><c>archive build</c>: the site from the input folder, written to the output folder only when it succeeds.
/// Stages, progress and the summary go to standard output; diagnostics to standard error.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var options = new BuildOptionSet();
        var command = new Command("build", "Build the site from the input folder.");
        options.AddTo(command);
        command.SetAction(result => Run(options.Read(result)));
        return command;
    }

    public static int Run(BuildOptions options)
    {
        var (result, diagnostics) = BuildOnce(options);
        var exitCode = DiagnosticPrinter.Print(diagnostics, Console.Error);
        BuildReport.PrintStages(result, Console.Out);
        var summary = BuildReport.Summary(result, diagnostics, options.OutputDirectory);
        (result.Succeeded ? Console.Out : Console.Error).WriteLine(summary);
        return exitCode;
    }

    /// <summary>One build with a progress bar on a terminal; a failure to write the output folder (disk full, no
    /// permission) becomes a diagnostic rather than a stack trace. Shared with <c>serve</c>.</summary>
    public static (BuildResult Result, DiagnosticBag Diagnostics) BuildOnce(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        using var progress = ProgressBar.ForConsole(options.OutputDirectory);
        try
        {
            return (ArchiveBuilder.Build(options, diagnostics, progress), diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.OutputUnwritable, SourceLocation.Of(options.OutputDirectory),
                $"cannot write the output folder: {e.Message}");
            return (new BuildResult(null, null, []), diagnostics);
        }
    }
}
