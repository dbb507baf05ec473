using System.Globalization;

namespace PaperArchive.Tests.Support;

/// <summary>A test that runs only when <c>SEARCH_SCALE</c> names a paper count (it takes a while); otherwise it is
/// reported as skipped, with the reason.</summary>
public sealed class ScaleFactAttribute : FactAttribute
{
    public ScaleFactAttribute()
    {
        if (Papers <= 0)
        {
            Skip = "set SEARCH_SCALE=100000 to measure the search index at that many papers";
        }
    }

    public static int Papers =>
        int.TryParse(Environment.GetEnvironmentVariable("SEARCH_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
