namespace PaperArchive.Tests.Support;

/// <summary>A real-browser test: reported as skipped, with the reason, when Debian's Chromium is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"{Chromium} is not installed (run scripts/install-test-deps.sh)";
        }
    }
}
