using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PaperArchive.Tests.Support;

/// <summary>
/// A stand-in for arXiv's query API on 127.0.0.1 at a free port (Kestrel), answering each request with what a test's
/// handler says: a recorded answer from <c>TestFiles/Arxiv/</c>, a 503, a delay. Remembers every request (its query
/// and User-Agent), numbered from 1.
/// </summary>
public sealed class ArxivServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ArxivServer(WebApplication app, Uri apiUrl)
    {
        _app = app;
        ApiUrl = apiUrl;
    }

    public Uri ApiUrl { get; }

    public ConcurrentQueue<(string Query, string UserAgent)> Requests { get; } = new();

    /// <param name="handle">Answers request number n (from 1) in the given context.</param>
    public static async Task<ArxivServer> StartAsync(Func<HttpContext, int, Task> handle)
    {
        var app = LoopbackApp.Create();
        ArxivServer? server = null;
        var count = 0;
        app.MapGet("/api/query", context =>
        {
            server!.Requests.Enqueue((Uri.UnescapeDataString(context.Request.QueryString.Value ?? ""), context.Request.Headers.UserAgent.ToString()));
            return handle(context, Interlocked.Increment(ref count));
        });
        server = new ArxivServer(app, new Uri(await LoopbackApp.StartAsync(app) + "/api/query"));
        return server;
    }

    /// <summary>A server that answers every request with the same recorded file.</summary>
    public static Task<ArxivServer> ReplayingAsync(string fixture, int status = 200) =>
        StartAsync((context, _) => Replay(context, fixture, status));

    /// <summary>Sends a recorded answer from <c>TestFiles/Arxiv/</c> as arXiv sends it.</summary>
    public static async Task Replay(HttpContext context, string fixture, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/atom+xml";
        await context.Response.Body.WriteAsync(await File.ReadAllBytesAsync(Fixture(fixture)));
    }

    public static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "TestFiles", "Arxiv", name);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
