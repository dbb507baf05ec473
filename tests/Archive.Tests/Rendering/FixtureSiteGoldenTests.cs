using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

public sealed class FixtureSiteFixture : IDisposable
{
    public SiteBuild Build { get; } = new(Path.Combine(RepoPaths.TestFiles, "Site", "input"));

    public void Dispose() => Build.Dispose();
}

/// <summary>The pages of a four-paper site against golden files (run with UPDATE_GOLDEN=1 after a deliberate change, then review the diff).</summary>
public sealed class FixtureSiteGoldenTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>
{
    private readonly SiteBuild _site = fixture.Build;

    [Theory]
    [InlineData("index.html", "home.html")]
    [InlineData("papers/aligning-language-models-with-human-values/index.html", "paper.html")]
    [InlineData("themes/alignment/index.html", "theme.html")]
    public void A_page_matches_its_golden_file(string page, string golden)
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Diagnostics.Sorted()));
        // Asset hashes change with every stylesheet edit; the golden files pin the markup, not the CSS.
        var html = System.Text.RegularExpressions.Regex.Replace(_site.Text(page), @"\.[0-9a-f]{8}\.(css|js|svg)\b", ".HASH.$1");
        GoldenFile.AssertMatches(Path.Combine("Site", "expected", golden), html);
    }

    [Fact]
    public void The_site_has_the_pages_of_the_url_scheme()
    {
        string[] expected =
        [
            "404.html", "about/index.html", "added/2025-12-08/index.html", "added/index.html",
            "dates/2023/10/index.html", "dates/2023/index.html", "dates/2024/03/index.html", "dates/2024/index.html",
            "dates/2025/02/index.html", "dates/2025/index.html", "dates/index.html", "dates/undated/index.html", "index.html",
            "papers/aligning-language-models-with-human-values/index.html", "papers/explaining-decisions-of-vision-transformers/index.html",
            "papers/index.html", "papers/preference-data-at-scale/index.html", "papers/reward-models-disagree/index.html",
            "search/index.html", "subscribe/index.html", "themes/alignment/index.html", "themes/index.html", "themes/interpretability/index.html",
        ];
        Assert.Equal(expected, _site.HtmlFiles());
        Assert.True(_site.Exists("sitemap.xml"));
        Assert.True(_site.Exists("robots.txt"));
    }

    [Fact]
    public void Dates_are_written_in_the_invariant_culture()
    {
        Assert.Contains("<time datetime=\"2024-03-06\">Mar 6, 2024</time>", _site.Text("papers/aligning-language-models-with-human-values/index.html"));
    }

    [Fact]
    public void The_home_chart_is_inline_svg_linking_to_month_pages_and_a_table_for_screen_readers()
    {
        var figure = _site.Page("index.html").QuerySelector("figure.chart")!;
        var svg = figure.QuerySelector("svg.chart-svg")!;
        Assert.Equal("true", svg.GetAttribute("aria-hidden"));
        var rows = figure.QuerySelectorAll("table tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Contains(("Mar 2024", "1"), rows);
        Assert.Contains(("Apr 2024", "0"), rows);
        Assert.Equal("Papers per month of publication", figure.QuerySelector("table caption")!.TextContent);
        var months = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["dates/2023/10/", "dates/2024/03/", "dates/2025/02/"], months);
    }
}
