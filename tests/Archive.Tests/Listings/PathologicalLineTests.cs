using System.Text;
using PaperArchive.Listings;
using static PaperArchive.Tests.Support.Listings;

namespace PaperArchive.Tests.Listings;

/// <summary>Lines built to make backtracking patterns go quadratic; each must be read like any other line.</summary>
public sealed class PathologicalLineTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Lines => new()
    {
        "### [" + Repeat("](a", 33_000),
        "### [" + Repeat("]( \"", 25_000),
        "[" + Repeat("][a", 33_000),
        "[1]: " + Repeat("a", 99_000) + " \"",
        Repeat("[-] ", 25_000),
        Repeat("Dec 8 ", 16_000),
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task Regression_long_lines_of_link_fragments_made_the_markdown_patterns_backtrack_for_minutes(string line)
    {
        var text = "captured: 2025-12-12T09:00:00Z\n\n### [A Paper](https://huggingface.co/papers/2410.05434)\n\n[An abstract.](x)\n\n" + line + "\n";
        var run = Task.Run(() => Parse("clip.md", text));

        Assert.True(await Task.WhenAny(run, Task.Delay(HangGuard)) == run, "parsing did not finish: a pattern backtracks on this line.");
        Assert.Contains((await run).Listing!.Entries, e => e.Title == "A Paper");
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
