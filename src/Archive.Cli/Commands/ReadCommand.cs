using System.CommandLine;
using PaperArchive.Catalog;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Input;
using PaperArchive.Listings;

namespace PaperArchive.Cli.Commands;

/// <summary>
/// <c>archive read FILE…</c>: the curator's preview of captures before they go into <c>input/listings/</c>: the form
/// each was taken for, the papers read from it and the warnings, without building. <c>--json</c> prints the papers
/// as <c>inspect --json</c> does.
/// </summary>
public static class ReadCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "The captures to read.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print the papers as a JSON array, as 'inspect --json' does." };
        var input = new Option<string>("--input")
        {
            Description = "The input folder whose site.yml gives capture dates, titles and themes.",
            DefaultValueFactory = _ => BuildOptions.Default.InputDirectory,
        };
        var command = new Command("read", "Show which form a capture was taken for and the papers read from it, without building.");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.Options.Add(input);
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(input)!, result.GetValue(json)));
        return command;
    }

    private static int Run(string[] files, string inputDirectory, bool asJson)
    {
        var diagnostics = new DiagnosticBag();
        var config = ReadConfig(inputDirectory, diagnostics);
        var listings = files.Select(file => Load(file, diagnostics)).OfType<RawListing>().ToList();
        var (captures, catalog) = ArchiveBuilder.Preview(listings, config, diagnostics);
        if (asJson)
        {
            using var stdout = Console.OpenStandardOutput();
            CatalogJson.Write(catalog, stdout);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            foreach (var capture in captures)
            {
                CaptureTable.Write(capture, Console.Out);
            }
        }

        return DiagnosticPrinter.Print(diagnostics, Console.Error);
    }

    private static SiteConfig ReadConfig(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, InputLoader.ConfigFileName);
        return File.Exists(path) ? SiteConfigReader.Read(path, File.ReadAllText(path), diagnostics) : SiteConfig.Default;
    }

    private static RawListing? Load(string file, DiagnosticBag diagnostics)
    {
        try
        {
            return new RawListing(Path.GetFileName(file), file, File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticIds.FileUnreadable, SourceLocation.Of(file), $"cannot read this file: {e.Message}");
            return null;
        }
    }
}
