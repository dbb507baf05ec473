using System.Net;
using PaperArchive.Cli.Serving;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Cli.Serving;

/// <summary>The preview server in process, on a free port: it answers only requests addressed to this machine by
/// name (so a web page elsewhere cannot reach it through DNS rebinding) and never redirects to another host.</summary>
public sealed class SiteServerTests : IAsyncLifetime
{
    private readonly TempFolder _site = new();
    private SiteServer? _server;

    public async Task InitializeAsync()
    {
        _site.Write("index.html", "<html><body>home</body></html>");
        _site.Write("papers/x/index.html", "<html><body>paper x</body></html>");
        _server = SiteServer.Create(_site.Path, 0, new BuildEvents());
        await _server.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        _site.Dispose();
    }

    private string Url => _server!.Url;

    private int Port => new Uri(Url).Port;

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("10.0.0.1:{port}")]
    public async Task A_request_for_any_other_host_is_refused_even_for_the_build_status(string host)
    {
        foreach (var path in new[] { "/", "/papers/x/", "/__archive/status", "/__archive/live-reload.js" })
        {
            var response = await SendAsync(path, host.Replace("{port}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.DoesNotContain(_site.Path, await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    [InlineData("localhost")]
    public async Task Requests_addressed_to_this_machine_by_name_are_answered(string host)
    {
        var response = await SendAsync("/__archive/status", host.Replace("{port}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("//papers/x")]
    [InlineData("///papers/x")]
    public async Task A_path_with_a_leading_double_slash_is_not_redirected_to_another_host(string path)
    {
        var response = await SendAsync(path, $"127.0.0.1:{Port}");

        if (response.Headers.Location is { } location)
        {
            Assert.Equal("/papers/x/", location.OriginalString);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string host)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Url + path));
        request.Headers.Host = host;
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
