using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PaperArchive.Cli.Serving;

/// <summary>
/// Kestrel on 127.0.0.1 serving the output folder as the static host would, plus the live-reload endpoints under
/// <see cref="LiveReload.Prefix"/>. Every response says <c>no-store</c>, so a reload always shows the latest build.
/// Only requests addressed to <c>127.0.0.1</c> or <c>localhost</c> are answered (any other Host gets 421): a page on
/// another site cannot reach the preview through a name of its own that resolves to this machine (DNS rebinding).
/// Only warnings and errors are logged.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly BuildEvents _events;

    private SiteServer(WebApplication app, string root, BuildEvents events)
    {
        _app = app;
        _root = root;
        _events = events;
        _app.Run(HandleAsync);
    }

    /// <summary>The address the server listens on, without a trailing slash; known once started.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>Signalled when the host is asked to stop (Ctrl+C or SIGTERM).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public static SiteServer Create(string outputDirectory, int port, BuildEvents events)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failure to start (port in use) is reported as a diagnostic, not as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return new SiteServer(builder.Build(), Path.GetFullPath(outputDirectory), events);
    }

    public async Task StartAsync(CancellationToken cancellation)
    {
        await _app.StartAsync(cancellation);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri(address).GetLeftPart(UriPartial.Authority);
    }

    public Task StopAsync() => _app.StopAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task HandleAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!IsLocalHost(context.Request.Host))
        {
            return SendAsync(context, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8",
                Encoding.UTF8.GetBytes("This preview answers only requests for 127.0.0.1 or localhost.\n"));
        }

        var path = context.Request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }

        return path switch
        {
            LiveReload.ScriptPath => SendAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script)),
            LiveReload.StatusPath => SendAsync(context, StatusCodes.Status200OK, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(_events.Current.ToJson())),
            LiveReload.EventsPath => StreamEventsAsync(context),
            _ => SendSiteFileAsync(context, path),
        };
    }

    private static bool IsLocalHost(HostString host) =>
        host.HasValue && (string.Equals(host.Host, "127.0.0.1", StringComparison.Ordinal) || string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase));

    private Task SendSiteFileAsync(HttpContext context, string path)
    {
        var resolution = StaticSite.Resolve(_root, path);
        if (resolution.RedirectTo is { } location)
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = location + context.Request.QueryString;
            return Task.CompletedTask;
        }

        var state = _events.Current;
        var status = StatusCodes.Status200OK;
        var file = resolution.FilePath;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(_root, StaticSite.NotFoundPage);
            file = File.Exists(notFound) ? notFound : null;
        }

        if (file is null)
        {
            // No site to fall back on: say why when the build failed, otherwise a plain 404.
            return state.Ok
                ? SendAsync(context, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found.\n"))
                : SendAsync(context, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.ErrorPage(state)));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // A rebuild deleted the file between the lookup and the read; the page reloads once it is done anyway.
            return SendAsync(context, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes("Not found.\n"));
        }

        var contentType = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        if (contentType == "text/html")
        {
            contentType = "text/html; charset=utf-8";
            bytes = Encoding.UTF8.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(bytes), state.Site));
        }

        return SendAsync(context, status, contentType, bytes);
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Server-sent events: the current build state at once, then each new one, until the page goes away
    /// or the server stops.</summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, Stopping);
        using var subscription = _events.Subscribe();
        try
        {
            await foreach (var state in subscription.States.ReadAllAsync(stop.Token))
            {
                await context.Response.WriteAsync($"event: build\ndata: {state.ToJson()}\n\n", stop.Token);
                await context.Response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping; either way the stream simply ends.
        }
    }
}
