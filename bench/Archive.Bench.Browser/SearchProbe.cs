using System.Text.Json;
using Microsoft.Playwright;

namespace PaperArchive.Bench.Browser;

/// <summary>One query's time from the keystroke (the input event) to its results in the page: <see cref="First"/> when
/// the first result is in the document, <see cref="Dom"/> when the whole first page is, <see cref="Frame"/> when the next
/// frame is drawn; bytes and requests are the resources fetched meanwhile (response bodies as sent, none from the cache).</summary>
public sealed record QueryTiming(double First, double Dom, double Frame, long Bytes, int Requests, int Results, IReadOnlyList<string> Timeline);

/// <summary>Drives headless Chromium on the served site as a visitor does, measuring in the page itself
/// (<c>performance.now()</c>, resource timing) so Playwright's own round trips are not counted.</summary>
public sealed class SearchProbe(IBrowser browser, string baseUrl)
{
    // Resolves once the search page clears aria-busy on the results after the next input event: it sets it at the start of a
    // search and clears it when the results (or "No papers match") are on the page.
    private const string ArmTyped = """
        () => {
          performance.setResourceTimingBufferSize(100000);
          const box = document.getElementById('search-q'), list = document.getElementById('search-results');
          window.__probe = new Promise(resolve => {
            let t0 = -1, first = -1;
            box.addEventListener('input', e => { t0 = e.timeStamp; }, { capture: true, once: true });
            const observer = new MutationObserver(records => {
              if (t0 < 0) return;
              if (first < 0 && records.some(r => r.addedNodes.length)) first = performance.now();
              if (list.getAttribute('aria-busy') !== 'false') return;
              observer.disconnect();
              const dom = performance.now();
              requestAnimationFrame(() => setTimeout(() => {
                const fetched = performance.getEntriesByType('resource').filter(r => r.startTime >= t0);
                resolve({ first: (first < 0 ? dom : first) - t0, dom: dom - t0, frame: performance.now() - t0, bytes: fetched.reduce((a, r) => a + r.encodedBodySize * (r.transferSize > 0 ? 1 : 0), 0),
                  requests: fetched.filter(r => r.transferSize > 0).length, results: list.children.length,
                  timeline: [...fetched, ...performance.getEntriesByType('mark').filter(m => m.startTime >= t0)].sort((a, b) => a.startTime - b.startTime).map(r => r.entryType === 'mark' ? `${(r.startTime - t0).toFixed(1)} ms: ${r.name}` : `${(r.startTime - t0).toFixed(1)}-${(r.responseEnd - t0).toFixed(1)} ms ${r.name.replace(/^.*?\/search\//, '')}${r.transferSize ? '' : ' (cache)'}`) });
              }, 0));
            });
            observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'], childList: true });
          });
        }
        """;

    // Installed before the page's scripts: the same moment for a page opened at search/?q=..., from navigation start.
    private const string ArmLink = """
        window.__probe = new Promise(resolve => {
          let first = -1;
          const observer = new MutationObserver(records => {
            const list = document.getElementById('search-results');
            if (first < 0 && records.some(r => r.target === list && r.type === 'childList' && r.addedNodes.length)) first = performance.now();
            if (!list || list.getAttribute('aria-busy') !== 'false') return;
            observer.disconnect();
            const dom = performance.now();
            requestAnimationFrame(() => setTimeout(() => {
              const fetched = performance.getEntriesByType('resource'), nav = performance.getEntriesByType('navigation')[0];
              resolve({ first: first < 0 ? dom : first, dom, frame: performance.now(), bytes: nav.encodedBodySize + fetched.reduce((a, r) => a + r.encodedBodySize, 0),
                requests: fetched.length + 1, results: list.children.length,
                timeline: [nav, ...fetched].map(r => `${r.startTime.toFixed(1)}-${r.responseEnd.toFixed(1)} ms ${r.name.replace(/^.*?\/(search|assets)\//, '$1/')}${r.transferSize ? '' : ' (cache)'}`) });
            }, 0));
          });
          observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
        });
        """;

    /// <summary>A fresh context (empty cache) opens the search page, then <paramref name="cold"/> is typed in one input
    /// event; then, in the same page, <paramref name="warm"/>: a later query, with the script, the manifest and whatever
    /// the first query fetched already there.</summary>
    public async Task<(QueryTiming Cold, QueryTiming Warm)> TypedAsync(string cold, string warm)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "search/");
        await SettledAsync(page);
        var first = await TypeAsync(page, cold);
        await page.Locator("#search-q").FillAsync(string.Empty);
        await SettledAsync(page);
        var second = await TypeAsync(page, warm);
        return (first, second);
    }

    /// <summary>A fresh context opens <c>search/?q=...</c> (a shared link, or the header box of another page): from
    /// navigation start to the results.</summary>
    public async Task<QueryTiming> LinkAsync(string query)
    {
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(ArmLink);
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "search/?q=" + Uri.EscapeDataString(query));
        return await ResultAsync(page);
    }

    /// <summary>A fresh context opens the search page and the visitor types the query a key every 100 ms, each key
    /// starting a search as it does: from the last key to its results.</summary>
    public async Task<QueryTiming> KeyByKeyAsync(string query)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "search/");
        await SettledAsync(page);
        var box = page.Locator("#search-q");
        await box.PressSequentiallyAsync(query[..^1], new() { Delay = 100 });
        await page.WaitForTimeoutAsync(100);
        await page.EvaluateAsync(ArmTyped);
        await box.PressAsync(query[^1..]);
        return await ResultAsync(page);
    }

    /// <summary>A fresh context opens the home page, the visitor clicks the header box, types the query (a key every
    /// 60 ms) and presses Enter: from the search page's navigation start to the results.</summary>
    public async Task<QueryTiming> HeaderAsync(string query)
    {
        await using var context = await browser.NewContextAsync();
        await context.AddInitScriptAsync(ArmLink);
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl);
        await page.Locator("#site-search-q").ClickAsync();
        await page.Locator("#site-search-q").PressSequentiallyAsync(query, new() { Delay = 60 });
        var navigated = page.WaitForURLAsync("**/search/?q=*", new() { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        await page.WaitForFunctionAsync("() => window.__probe !== undefined");
        return await ResultAsync(page);
    }

    private static async Task<QueryTiming> TypeAsync(IPage page, string query)
    {
        await page.EvaluateAsync(ArmTyped);
        await page.Locator("#search-q").FocusAsync();
        await page.Keyboard.InsertTextAsync(query);
        return await ResultAsync(page);
    }

    private static async Task<QueryTiming> ResultAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("() => window.__probe");
        return new QueryTiming(
            result.GetProperty("first").GetDouble(),
            result.GetProperty("dom").GetDouble(),
            result.GetProperty("frame").GetDouble(),
            (long)result.GetProperty("bytes").GetDouble(),
            result.GetProperty("requests").GetInt32(),
            result.GetProperty("results").GetInt32(),
            [.. result.GetProperty("timeline").EnumerateArray().Select(e => e.GetString()!)]);
    }

    private static Task SettledAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");
}
