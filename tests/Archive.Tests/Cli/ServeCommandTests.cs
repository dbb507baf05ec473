using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PaperArchive.Tests.Support;
using PaperArchive.Text;

namespace PaperArchive.Tests.Cli;

/// <summary>The real <c>archive serve</c>, on a free port, serving a copy of the shipped input.</summary>
[Trait("Category", "Slow")]
public sealed class ServeCommandTests : IDisposable
{
    private readonly InputCopy _input = new();

    public void Dispose() => _input.Dispose();

    [Fact]
    public async Task Serve_answers_pages_with_live_reload_unknown_paths_with_404_and_stops_on_ctrl_c()
    {
        using var serve = Start();

        var home = await serve.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("<html", html);
        Assert.Contains("<script src=\"/__archive/live-reload.js?v=", html);
        Assert.DoesNotContain("__archive", File.ReadAllText(Path.Combine(_input.Output, "index.html")));

        var script = await serve.Http.GetAsync("/__archive/live-reload.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource('/__archive/events')", await script.Content.ReadAsStringAsync());

        // Paper pages come from the renderer; where it makes them, they are served at their pretty URL.
        if (FirstPaperSlug() is { } slug)
        {
            var paper = await serve.Http.GetAsync($"/papers/{slug}/");
            Assert.Equal(HttpStatusCode.OK, paper.StatusCode);
            Assert.Contains("live-reload.js", await paper.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await serve.Http.GetAsync($"/papers/{slug}")).StatusCode);
        }

        // Absolute URLs (sitemap, canonical links) point at the preview itself.
        var sitemap = Path.Combine(_input.Output, "sitemap.xml");
        if (File.Exists(sitemap))
        {
            Assert.Contains($"<loc>{serve.Url}/", File.ReadAllText(sitemap));
        }

        var missing = await serve.Http.GetAsync("/papers/no-such-paper-at-all/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFoundPage = Path.Combine(_input.Output, "404.html");
        if (File.Exists(notFoundPage))
        {
            var expected = File.ReadAllText(notFoundPage);
            Assert.StartsWith(expected[..Math.Min(expected.Length, 20)], await missing.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await serve.Http.GetAsync("/../input/site.yml")).StatusCode);

        serve.Interrupt();
        Assert.True(serve.WaitForExit(Poll.Bound), "archive serve did not stop on Ctrl+C.");
        Assert.Equal(0, serve.ExitCode);
        Assert.Contains("Stopping.", serve.StandardOutput);
        Assert.DoesNotContain("info:", serve.StandardOutput + serve.StandardError);
    }

    [Fact]
    public async Task A_new_listing_is_picked_up_and_its_paper_served_without_a_restart()
    {
        using var serve = Start();
        const string title = "Live Reload for Static Paper Archives";
        var slug = Slugs.FromText(title);
        var hasPaperPages = FirstPaperSlug() is not null;

        _input.Write("listings/2025-12-12-added.txt", InputCopy.NewListing(title));

        // With paper pages the new one appears at its URL; the plain index lists every title.
        var page = hasPaperPages ? $"/papers/{slug}/" : "/";
        var html = await Poll.Until(async () =>
        {
            var response = await serve.Http.GetAsync(page);
            var text = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && text.Contains(title, StringComparison.Ordinal) ? text : null;
        }, $"'{title}' at {page}");

        Assert.Contains("live-reload.js", html);
        Assert.Contains("Change detected; rebuilding.", serve.StandardOutput);
    }

    [Fact]
    public async Task A_failed_rebuild_keeps_the_last_good_site_and_shows_its_errors()
    {
        using var serve = Start();
        var before = await serve.Http.GetStringAsync("/");
        var goodSite = (await Status(serve)).Site;
        var siteYml = Path.Combine(_input.Input, "site.yml");
        var config = File.ReadAllText(siteYml);

        File.WriteAllText(siteYml, "title: [this list is never closed\n");

        var failed = await Poll.Until(async () => await Status(serve) is { Ok: false } s ? s : null, "the failed build");
        Assert.Contains(failed.Diagnostics, d => d.Contains("error ARC0002", StringComparison.Ordinal));
        Assert.Equal(goodSite, failed.Site);
        Assert.Equal(before, await serve.Http.GetStringAsync("/"));
        Assert.Contains("ARC0002", serve.StandardError);

        // A page that connects now is told at once, and its script shows the overlay.
        var firstEvent = await FirstEvent(serve);
        Assert.StartsWith("event: build\ndata: {", firstEvent);
        Assert.Contains("\"ok\":false", firstEvent);
        Assert.Contains("ARC0002", firstEvent);

        File.WriteAllText(siteYml, config);
        var fixedStatus = await Poll.Until(async () => await Status(serve) is { Ok: true } s ? s : null, "the fixed build");
        Assert.NotEqual(goodSite, fixedStatus.Site);
    }

    [Fact]
    public void A_port_in_use_is_reported_as_a_diagnostic()
    {
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

            var result = CliRunner.Run(_input.Root, "serve", "--port", port, "--theme", RepoPaths.ShippedTemplates);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error ARC0702", result.StandardError);
            Assert.DoesNotContain("   at ", result.StandardError);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public void A_port_out_of_range_is_refused_before_anything_is_built()
    {
        var result = CliRunner.Run(_input.Root, "serve", "--port", "70000");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--port must be between 0 and 65535", result.StandardError);
        Assert.False(Directory.Exists(_input.Output));
    }

    [Theory]
    [InlineData("input/out")]
    [InlineData("input")]
    public void An_output_folder_inside_the_watched_input_is_refused_before_anything_is_built(string output)
    {
        // Otherwise every build writes into the watched folder and so starts the next one, for ever.
        var result = CliRunner.Run(_input.Root, "serve", "--port", "0", "--theme", RepoPaths.ShippedTemplates, "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error ARC0705", result.StandardError);
        Assert.Contains("the input folder", result.StandardError);
        Assert.False(Directory.Exists(Path.Combine(_input.Input, "out")));
        Assert.Equal(["input"], Directory.EnumerateFileSystemEntries(_input.Root).Select(Path.GetFileName));
    }

    private ServeProcess Start() => ServeProcess.Start(_input.Root, "--theme", RepoPaths.ShippedTemplates);

    private string? FirstPaperSlug()
    {
        var papers = Path.Combine(_input.Output, "papers");
        return Directory.Exists(papers)
            ? Directory.EnumerateDirectories(papers).Where(d => File.Exists(Path.Combine(d, "index.html")) && Path.GetFileName(d) != "page")
                .Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static async Task<BuildStatus> Status(ServeProcess serve)
    {
        var json = JsonDocument.Parse(await serve.Http.GetStringAsync("/__archive/status")).RootElement;
        return new BuildStatus(
            json.GetProperty("site").GetString()!,
            json.GetProperty("ok").GetBoolean(),
            json.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()!).ToList());
    }

    private sealed record BuildStatus(string Site, bool Ok, IReadOnlyList<string> Diagnostics);

    /// <summary>Reads the events stream up to the end of its first event.</summary>
    private static async Task<string> FirstEvent(ServeProcess serve)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/__archive/events");
        using var response = await serve.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var text = new System.Text.StringBuilder();
        using var timeout = new CancellationTokenSource(Poll.Bound);
        while (await reader.ReadLineAsync(timeout.Token) is { Length: > 0 } line)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
