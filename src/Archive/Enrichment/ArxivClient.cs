using System.Net;
using System.Net.Http.Headers;

namespace PaperArchive.Enrichment;

/// <summary>
/// Asks arXiv's query API politely: one request at a time, <see cref="EnrichOptions.Delay"/> between the starts of
/// two requests, a User-Agent naming the tool, and retries with a doubling back-off (or the server's Retry-After)
/// on 5xx, 429, timeouts and dropped connections. Failures come back as <see cref="FetchResult"/>s, never as
/// exceptions; only cancellation (Ctrl+C) throws.
/// </summary>
public sealed class ArxivClient(HttpClient http, EnrichOptions options, TimeProvider clock)
{
    /// <summary>A Retry-After longer than this is not waited for: the run stops and says to try later.</summary>
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(2);

    private long? _lastStart;

    /// <summary>Requests sent so far, retries included.</summary>
    public int Requests { get; private set; }

    public async Task<FetchResult> GetAsync(Uri url, CancellationToken cancellation)
    {
        for (var attempt = 0; ; attempt++)
        {
            await WaitForTurnAsync(cancellation);
            var (result, retryable, retryAfter) = await TryOnceAsync(url, cancellation);
            if (result.Failure is not { } failure || !retryable || attempt >= options.Retries)
            {
                return result;
            }

            var backoff = options.FirstBackoff * Math.Pow(2, attempt);
            if (retryAfter is { } serverWait && serverWait > backoff)
            {
                if (serverWait > LongestRetryAfter)
                {
                    return FetchResult.Failed(failure, $"{result.Problem}; arXiv asks to wait {serverWait.TotalMinutes:0} minutes before asking again");
                }

                backoff = serverWait;
            }

            await Task.Delay(backoff, clock, cancellation);
        }
    }

    private async Task WaitForTurnAsync(CancellationToken cancellation)
    {
        if (_lastStart is { } last)
        {
            var wait = options.Delay - clock.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellation);
            }
        }

        _lastStart = clock.GetTimestamp();
        Requests++;
    }

    /// <returns>The result, whether trying again may help, and how long the server asked to wait.</returns>
    private async Task<(FetchResult Result, bool Retryable, TimeSpan? RetryAfter)> TryOnceAsync(Uri url, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd(EnrichOptions.UserAgent);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/atom+xml"));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var result = Interpret(response.StatusCode, body);
            return (result, result.Failure is FetchFailureKind.Unavailable, RetryAfter(response));
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (FetchResult.Failed(FetchFailureKind.Unavailable, $"{url.Host} did not answer within {options.Timeout.TotalSeconds:0.#} s"), true, null);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.NameResolutionError)
        {
            // Without a name there is nothing to retry: the machine is offline (or the URL is mistyped).
            return (FetchResult.Failed(FetchFailureKind.Offline, $"cannot reach {url.Host}: the name does not resolve (no network connection?)"), false, null);
        }
        catch (HttpRequestException e)
        {
            return (FetchResult.Failed(FetchFailureKind.Offline, $"cannot reach {url.Host}: {Reason(e)}"), true, null);
        }
        catch (IOException e)
        {
            return (FetchResult.Failed(FetchFailureKind.Unavailable, $"the connection to {url.Host} broke off: {e.Message}"), true, null);
        }
    }

    private static FetchResult Interpret(HttpStatusCode status, byte[] body)
    {
        var code = (int)status;
        if (code is >= 500 or 429)
        {
            return FetchResult.Failed(FetchFailureKind.Unavailable, $"arXiv answered {code} ({status})");
        }

        var feed = ArxivFeedReader.Read(body, out var problem);
        if (feed?.Error is { } error)
        {
            return FetchResult.Failed(FetchFailureKind.Refused, $"arXiv refused the question: {error}");
        }

        if (code is < 200 or >= 300)
        {
            return FetchResult.Failed(FetchFailureKind.Refused, $"arXiv answered {code} ({status})");
        }

        return feed is null ? FetchResult.Failed(FetchFailureKind.Refused, $"arXiv's answer cannot be read: {problem}") : FetchResult.Of(feed);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow(),
        _ => null,
    };

    private static string Reason(HttpRequestException e) =>
        (e.InnerException?.Message ?? e.Message).TrimEnd('.');
}
