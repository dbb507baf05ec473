using Microsoft.Playwright;

namespace PaperArchive.Tests.Support;

/// <summary>
/// A built site served on 127.0.0.1 and a headless Chromium-family browser found on the machine (never a downloaded
/// one) to visit it: one per test class. Does nothing when there is none; the <see cref="BrowserFactAttribute"/> tests
/// are skipped then.
/// </summary>
public abstract class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly TempFolder _folder = new();
    private IPlaywright? _playwright;
    private StaticSiteServer? _server;

    protected abstract string Input { get; }

    /// <summary>A folder that lives as long as the site, for an input assembled at run time.</summary>
    protected TempFolder Scratch => _folder;

    public string Output => _folder.Combine("site");

    public string BaseUrl => _server!.BaseUrl;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (BrowserFactAttribute.Chromium is not { } chromium)
        {
            // Skipped tests never touch the fixture; required ones fail here, with the reason.
            Assert.False(BrowserFactAttribute.Required, ChromiumLocator.Missing(Environment.GetEnvironmentVariable(ChromiumLocator.Variable)));
            return;
        }

        BuiltSites.Build(Input, Output);
        _server = await StaticSiteServer.StartAsync(Output);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _folder.Dispose();
    }
}

/// <summary>The shipped input, built once for a test class.</summary>
public sealed class ShippedBrowserSite : BrowserSite
{
    protected override string Input => RepoPaths.ShippedInput;
}

/// <summary>The hostile fixture, built once for a test class.</summary>
public sealed class HostileBrowserSite : BrowserSite
{
    protected override string Input => BuiltSites.HostileInput;
}

/// <summary>One real capture of each structured form (they show authors' names), built once for a test class.</summary>
public sealed class CapturedFormsBrowserSite : BrowserSite
{
    protected override string Input => CapturedForms.AssembleInput(Scratch);
}
