namespace PaperArchive.Tests.Support;

/// <summary>A real-browser test: reported as skipped, with the reason, when no Chromium-family browser is found
/// (<see cref="ChromiumLocator"/>), unless <c>ARCHIVE_BROWSER_TESTS=required</c> (as <c>.ci/run</c> sets it): then it
/// runs and fails. The GitHub workflow says in its summary when they were skipped.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Marks the skip reason, so that a runner can count skipped browser tests in the test output.</summary>
    public const string SkipPrefix = "browser test skipped: ";

    public static string? Chromium { get; } = ChromiumLocator.Find();

    /// <summary>Whether a missing browser fails the browser tests rather than skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("ARCHIVE_BROWSER_TESTS") == "required";

    public BrowserFactAttribute()
    {
        if (Chromium is null && !Required)
        {
            Skip = SkipPrefix + ChromiumLocator.Missing(Environment.GetEnvironmentVariable(ChromiumLocator.Variable));
        }
    }
}
