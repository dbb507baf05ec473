using System.CommandLine;
using PaperArchive.Diagnostics;

namespace PaperArchive.Cli.Commands;

/// <summary><c>archive build</c>: the site from the input folder, written to the output folder only when it succeeds.</summary>
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
        var diagnostics = new DiagnosticBag();
        var result = ArchiveBuilder.Build(options, diagnostics);
        var exitCode = DiagnosticPrinter.Print(diagnostics, Console.Error);
        foreach (var stage in result.Stages)
        {
            Console.Out.WriteLine($"  {stage.Stage,-16} {stage.Count,7}  {stage.Elapsed.TotalMilliseconds,8:F0} ms");
        }

        if (result.Written is { } written)
        {
            Console.Out.WriteLine($"Built {result.Catalog?.Papers.Count ?? 0} papers into {options.OutputDirectory}/: {written.Files} files, {diagnostics.WarningCount} warnings.");
        }
        else
        {
            Console.Error.WriteLine($"Build failed with {diagnostics.ErrorCount} errors; {options.OutputDirectory}/ was left as it was.");
        }

        return exitCode;
    }
}
