using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace PaperArchive.Tests.Support;

/// <summary>Serves a built site from a folder on 127.0.0.1 at a free port, as a plain static host would (no
/// compression, the default validators of ASP.NET Core's static files), and remembers the paths it was asked for.
/// Also compiled into <c>bench/Archive.Bench.Browser</c>.</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The site root, ending in '/'.</summary>
    public string BaseUrl { get; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<StaticSiteServer> StartAsync(string folder)
    {
        var app = LoopbackApp.Create();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        ConcurrentQueue<string>? requests = null;
        app.Use((context, next) =>
        {
            requests?.Enqueue(context.Request.Path.Value ?? string.Empty);
            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        var server = new StaticSiteServer(app, await LoopbackApp.StartAsync(app) + "/");
        requests = server.Requests;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
