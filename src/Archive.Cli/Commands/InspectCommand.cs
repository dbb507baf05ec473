using System.CommandLine;
using PaperArchive.Catalog;
using PaperArchive.Diagnostics;

namespace PaperArchive.Cli.Commands;

/// <summary><c>archive inspect --json</c>: the catalog as JSON on standard output; diagnostics on standard error.</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var options = new BuildOptionSet();
        var json = new Option<bool>("--json") { Description = "Print the catalog as a JSON array of papers." };
        var command = new Command("inspect", "Parse the input and show the catalog of papers without building the site.");
        options.AddTo(command);
        command.Options.Add(json);
        command.SetAction(result => Run(options.Read(result), result.GetValue(json)));
        return command;
    }

    private static int Run(BuildOptions options, bool asJson)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = ArchiveBuilder.LoadContent(options, diagnostics).Catalog;
        var exitCode = DiagnosticPrinter.Print(diagnostics, Console.Error);
        if (asJson)
        {
            using var stdout = Console.OpenStandardOutput();
            CatalogJson.Write(catalog, stdout);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            foreach (var paper in catalog.Papers)
            {
                Console.Out.WriteLine($"{paper.Published?.ToString("yyyy-MM-dd") ?? "undated   "}  {paper.Slug}");
            }

            Console.Out.WriteLine($"{catalog.Papers.Count} papers from {catalog.Listings.Sum(l => l.Entries.Count)} entries in {catalog.Listings.Count} listings.");
        }

        return exitCode;
    }
}
