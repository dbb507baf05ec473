using System.CommandLine;
using System.Globalization;
using PaperArchive.Checking;
using PaperArchive.Diagnostics;

namespace PaperArchive.Cli.Commands;

/// <summary><c>archive check</c>: checks a built site's links and page structure; problems on standard error,
/// a one-line summary on standard output, exit code 1 when there is any problem.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output")
        {
            Description = "The built site to check.",
            DefaultValueFactory = _ => CheckOptions.Default.OutputDirectory,
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The URL the site is published at: absolute links to it count as internal, and root-absolute links resolve under its path.",
        };
        var command = new Command("check", "Check a built site for broken links and fragments, duplicate ids, images without alt, missing titles and descriptions, and orphan files.");
        command.Options.Add(output);
        command.Options.Add(baseUrl);
        command.SetAction(result => Run(new CheckOptions
        {
            OutputDirectory = result.GetValue(output)!,
            BaseUrl = result.GetValue(baseUrl),
        }));
        return command;
    }

    public static int Run(CheckOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var summary = SiteChecker.Check(options, diagnostics);
        var exitCode = DiagnosticPrinter.Print(diagnostics, Console.Error);
        Console.Out.WriteLine(
            $"Checked {Count(summary.Pages, "page")} and {Count(summary.Links, "link")} in {Count(summary.Files, "file")}: {Count(diagnostics.ErrorCount, "problem")}.");
        return exitCode;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
