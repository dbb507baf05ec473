using System.CommandLine;
using System.Net.Sockets;
using PaperArchive.Cli.Serving;
using PaperArchive.Diagnostics;
using PaperArchive.Output;

namespace PaperArchive.Cli.Commands;

/// <summary>
/// <c>archive serve</c>: builds the site, serves it on 127.0.0.1, and rebuilds whenever <c>input/</c> or
/// <c>theme/</c> changes; open pages reload by themselves and show a failed rebuild's diagnostics while the last
/// good site stays served. Pages are built with the preview's own address as base URL unless <c>--base-url</c> is given.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 8080;

    public static Command Create()
    {
        var options = new BuildOptionSet();
        var port = new Option<int>("--port") { Description = "The port to serve on (0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535 (0 picks a free port).");
            }
        });
        var command = new Command("serve", "Build the site, serve it locally, and rebuild and reload on every change.");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction((result, cancellation) => RunAsync(options.Read(result), result.GetValue(port), cancellation));
        return command;
    }

    public static async Task<int> RunAsync(BuildOptions options, int port, CancellationToken cancellation)
    {
        // An output inside a watched folder would make every build start the next one.
        var placement = new DiagnosticBag();
        if (!OutputPlacement.Check(options, placement))
        {
            return DiagnosticPrinter.Print(placement, Console.Error);
        }

        var events = new BuildEvents();
        await using var server = SiteServer.Create(options.OutputDirectory, port, events);
        try
        {
            await server.StartAsync(cancellation);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(DiagnosticIds.ServePortUnavailable, null,
                $"cannot serve on 127.0.0.1:{port}: {e.Message} Choose another port with --port (0 picks a free one).");
            return DiagnosticPrinter.Print(diagnostics, Console.Error);
        }

        var rebuilder = new Rebuilder(options with { BaseUrl = options.BaseUrl ?? server.Url }, events, Console.Out, Console.Error);
        rebuilder.Build(printStages: true);
        using var watcher = new InputWatcher([options.InputDirectory, options.TemplateDirectory]);
        Console.Out.WriteLine($"Serving {options.OutputDirectory}/ at {server.Url}/");
        Console.Out.WriteLine($"Watching {string.Join(" and ", watcher.Folders.Select(f => f.TrimEnd('/') + "/"))} for changes; press Ctrl+C to stop.");

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation, server.Stopping);
        await rebuilder.WatchAsync(watcher, stopping.Token);
        Console.Out.WriteLine("Stopping.");
        await server.StopAsync();
        return 0;
    }
}
