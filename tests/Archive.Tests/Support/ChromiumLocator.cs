namespace PaperArchive.Tests.Support;

/// <summary>
/// Finds a Chromium-family browser already on the machine, for Playwright to drive (it never downloads one): the
/// <c>CHROMIUM_PATH</c> environment variable, else the first of <see cref="Names"/> on the PATH (Debian's chromium,
/// Ubuntu's chromium-browser, the Google Chrome of GitHub's runners). Shared by the browser tests and the browser bench.
/// </summary>
public static class ChromiumLocator
{
    public const string Variable = "CHROMIUM_PATH";

    public static IReadOnlyList<string> Names { get; } = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The browser's executable, or null when there is none; a <see cref="Variable"/> naming a missing file
    /// counts as none (and is not silently replaced by another browser).</summary>
    public static string? Find() => Find(Environment.GetEnvironmentVariable(Variable), Environment.GetEnvironmentVariable("PATH") ?? string.Empty);

    public static string? Find(string? configured, string path)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        var folders = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Why no browser was found, for a skipped test or the bench's error.</summary>
    public static string Missing(string? configured) => string.IsNullOrWhiteSpace(configured)
        ? $"no Chromium-family browser ({string.Join(", ", Names)}) is on the PATH; set {Variable} or run scripts/install-test-deps.sh"
        : $"{Variable} is {configured}, which does not exist";
}
