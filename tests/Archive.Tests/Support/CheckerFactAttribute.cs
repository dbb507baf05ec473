namespace PaperArchive.Tests.Support;

/// <summary>
/// A test that runs one of the checkers in <c>tests/tools</c> (html-validate, axe-core), and with
/// <paramref name="inBrowser"/> a browser too. Like <see cref="BrowserFactAttribute"/>, it is reported as skipped,
/// with the fix, when what it needs is not installed, unless <c>ARCHIVE_BROWSER_TESTS=required</c> (as <c>.ci/run</c>
/// sets it): then it runs and fails. The skip reason carries the browser tests' prefix, so CI's summary counts it.
/// </summary>
public sealed class CheckerFactAttribute : FactAttribute
{
    public CheckerFactAttribute(bool inBrowser = false)
    {
        if (BrowserFactAttribute.Required)
        {
            return;
        }

        if (inBrowser && BrowserFactAttribute.Chromium is null)
        {
            Skip = BrowserFactAttribute.SkipPrefix + ChromiumLocator.Missing(Environment.GetEnvironmentVariable(ChromiumLocator.Variable));
        }
        else if (!Directory.Exists(Path.Combine(TestTools.Folder, "node_modules")))
        {
            Skip = BrowserFactAttribute.SkipPrefix + "the checkers in tests/tools are not installed (run scripts/install-test-deps.sh)";
        }
    }
}
