using System.Text.Json;
using System.Xml.Linq;
using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;
using PaperArchive.Text;

namespace PaperArchive.Tests.Rendering;

/// <summary>A title (or abstract) that opens a right-to-left override or isolate and never closes it must not turn
/// around the text after it: the site name in <c>&lt;title&gt;</c>, the rest of a heading, a feed's other fields.</summary>
public sealed class BidiTextTests
{
    private const string Rlo = "\u202E";
    private const string Pdf = "\u202C";

    [Fact]
    public void A_right_to_left_override_in_a_title_stays_inside_the_title_on_pages_and_in_feeds()
    {
        using var folder = new TempFolder();
        var title = $"Reversed {Rlo}sdrawkcab Title";
        folder.Write("input/listings/2025-12-08-bidi.txt", Support.Listings.Page("Dec 8",
            Support.Listings.Entry(title, "Feb 12", abstractText: $"An abstract that opens an isolate \u2067 and an override {Rlo} and never closes them.")));
        using var build = new SiteBuild(folder.Combine("input"), baseUrl: "https://archive.example");
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Diagnostics.Sorted()));

        var slug = Assert.Single(Directory.GetDirectories(Path.Combine(build.Output, "papers")), d => File.Exists(Path.Combine(d, "index.html")) && !d.EndsWith("/page", StringComparison.Ordinal));
        var page = build.Page($"papers/{Path.GetFileName(slug)}/index.html");
        var texts = new List<(string Where, string Text)>
        {
            ("<title>", page.Title!),
            ("<h1>", page.QuerySelector("h1")!.TextContent),
            ("og:title", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content")!),
            ("description", page.QuerySelector("meta[name=description]")!.GetAttribute("content")!),
            ("home page", build.Page("index.html").QuerySelector("main")!.TextContent),
        };
        texts.AddRange(XDocument.Parse(build.Text("feed.xml")).Descendants("item").Elements().Select(e => ("feed.xml " + e.Name.LocalName, e.Value)));
        texts.AddRange(XDocument.Parse(build.Text("atom.xml")).Descendants().Where(e => e.Name.LocalName is "title" or "summary").Select(e => ("atom.xml " + e.Name.LocalName, e.Value)));
        var item = JsonDocument.Parse(build.Text("feed.json")).RootElement.GetProperty("items")[0];
        texts.AddRange(new[] { "title", "content_text", "summary" }.Select(p => ("feed.json " + p, item.GetProperty(p).GetString()!)));

        Assert.Contains(texts, t => t.Text.Contains(Rlo, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.True(BidiControls.IsBalanced(t.Text), $"{t.Where} leaves a bidi control open: {Escape(t.Text)}"));
        Assert.Contains($"{Rlo}sdrawkcab Title{Pdf}", page.Title, StringComparison.Ordinal);
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? $"<U+{(int)c:X4}>" : c.ToString()));
}
