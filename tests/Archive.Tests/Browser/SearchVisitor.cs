using Microsoft.Playwright;

namespace PaperArchive.Tests.Browser;

/// <summary>One visitor's tab on a served site: opens pages, types queries and waits for the results, and notes every
/// console error, page error and dialog.</summary>
public sealed class SearchVisitor : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private SearchVisitor(IBrowserContext context, IPage page, string baseUrl)
    {
        _context = context;
        Page = page;
        BaseUrl = baseUrl;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            try
            {
                await dialog.DismissAsync();
            }
            catch (PlaywrightException)
            {
                // async void: never let a page that closed first crash the test host; the dialog is recorded.
            }
        };
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    public List<string> Errors { get; } = [];

    public List<string> Dialogs { get; } = [];

    public static async Task<SearchVisitor> OpenAsync(Support.BrowserSite site, string query = "")
    {
        var context = await site.Browser.NewContextAsync();
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var visitor = new SearchVisitor(context, page, site.BaseUrl);
        await page.GotoAsync(site.BaseUrl + "search/" + (query.Length > 0 ? "?q=" + Uri.EscapeDataString(query) : string.Empty));
        await visitor.SettledAsync();
        return visitor;
    }

    public ILocator Box => Page.Locator("#search-q");

    public ILocator Results => Page.Locator("#search-results > li");

    public async Task TypeAsync(string query)
    {
        await Box.FillAsync(query);
        await SettledAsync();
    }

    /// <summary>Waits until the results for the box's current text are on the page (search.js clears aria-busy then).</summary>
    public Task SettledAsync() =>
        Page.WaitForFunctionAsync("() => document.getElementById('search-results').getAttribute('aria-busy') === 'false'");

    public Task<string> StatusAsync() => Page.Locator("#search-status").InnerTextAsync();

    /// <summary>The number in the status line ("12 papers match."), 0 when nothing matches.</summary>
    public async Task<int> CountAsync()
    {
        var status = await StatusAsync();
        var digits = new string(status.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? 0 : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<IReadOnlyList<string>> TitlesAsync() => Page.Locator("#search-results .search-result-title").AllTextContentsAsync();

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
