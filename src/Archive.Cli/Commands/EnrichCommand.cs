using System.CommandLine;
using System.Net;
using PaperArchive.Cli.Building;
using PaperArchive.Cli.Enriching;
using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;
using PaperArchive.Input;

namespace PaperArchive.Cli.Commands;

/// <summary>
/// <c>archive enrich</c>: asks arXiv's query API for the authors, arXiv id and dates of every paper the metadata folder
/// has no answer for, and writes each answer to <c>input/metadata/&lt;slug&gt;.yml</c> as it arrives. The summary goes
/// to standard output, diagnostics (offline, arXiv down, bad input) to standard error.
/// </summary>
public static class EnrichCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "The input folder; answers go to its metadata/ folder.", DefaultValueFactory = _ => BuildOptions.Default.InputDirectory };
        var apiUrl = new Option<string>("--api-url") { Description = "arXiv's query API (a local server for tests).", DefaultValueFactory = _ => EnrichOptions.DefaultApiUrl };
        var delay = new Option<double>("--delay") { Description = "Seconds from one request to the next; arXiv asks for 3.", DefaultValueFactory = _ => 3 };
        var limit = new Option<int?>("--limit") { Description = "Ask about at most this many papers in this run." };
        var refresh = new Option<bool>("--refresh") { Description = "Ask again about papers that already have an answer (found, not found or ambiguous)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show which papers would be asked, and how many requests that takes, without asking or writing." };
        apiUrl.Validators.Add(result =>
        {
            if (!IsHttpUrl(result.GetValueOrDefault<string>()))
            {
                result.AddError("--api-url must be an absolute http(s) address, such as https://export.arxiv.org/api/query.");
            }
        });
        delay.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 3600 or double.NaN)
            {
                result.AddError("--delay must be a number of seconds from 0 to 3600 (arXiv asks for 3).");
            }
        });
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--limit must be 1 or more.");
            }
        });

        var command = new Command("enrich", "Ask arXiv for the authors, arXiv ids and dates of the papers, and keep the answers in input/metadata/.");
        command.Options.Add(input);
        command.Options.Add(apiUrl);
        command.Options.Add(delay);
        command.Options.Add(limit);
        command.Options.Add(refresh);
        command.Options.Add(dryRun);
        command.SetAction((result, cancellation) => RunAsync(
            result.GetValue(input)!,
            EnrichOptions.Default with
            {
                ApiUrl = new Uri(result.GetValue(apiUrl)!),
                Delay = TimeSpan.FromSeconds(result.GetValue(delay)),
                Limit = result.GetValue(limit),
                Refresh = result.GetValue(refresh),
            },
            result.GetValue(dryRun),
            cancellation));
        return command;
    }

    public static async Task<int> RunAsync(string inputDirectory, EnrichOptions options, bool dryRun, CancellationToken cancellation)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = inputDirectory }, diagnostics).Catalog;
        if (diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics, Console.Error);
            Console.Error.WriteLine("Nothing was asked: fix the errors above first.");
            return 1;
        }

        DiagnosticPrinter.Print(diagnostics, Console.Error);
        var metadata = MetadataLoader.Load(inputDirectory, InputLoader.DisplayPath, new DiagnosticBag());
        var selection = PaperSelection.Select(catalog.Papers, metadata, options);
        var folder = InputLoader.DisplayPath(Path.Combine(inputDirectory, MetadataLoader.MetadataFolder)) + "/";
        if (selection.ToAsk.Count == 0 || dryRun)
        {
            EnrichReport.PrintPlan(selection, options, folder, Console.Out);
            return 0;
        }

        using var http = CreateHttpClient();
        var client = new ArxivClient(http, options, TimeProvider.System);
        var enricher = new Enricher(client, new MetadataStore(inputDirectory), options, TimeProvider.System);
        EnrichResult result;
        using (var progress = ProgressBar.ForLookups(selection.ToAsk.Count))
        {
            result = await enricher.RunAsync(selection.ToAsk, progress, cancellation);
        }

        EnrichReport.PrintSummary(result, selection, options, folder, Console.Out);
        var problems = EnrichReport.Problems(result, options);
        DiagnosticPrinter.Print(problems, Console.Error);
        return result.Interrupted ? 130 : problems.HasErrors ? 1 : 0;
    }

    private static HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(15),
        })
        {
            // Each request carries its own timeout (EnrichOptions.Timeout), so that a timeout can be told from Ctrl+C.
            Timeout = Timeout.InfiniteTimeSpan,
        };

    private static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
