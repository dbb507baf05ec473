namespace PaperArchive.Tests.Site;

/// <summary>Each research theme's page shows its papers per month, drawn at build time like the home page's chart.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ThemeTimelineTests(ShippedSiteFixture fixture)
{
    private readonly SiteBuild _site = fixture.Build;

    private IEnumerable<string> ThemeFirstPages => _site.HtmlFiles()
        .Where(f => f.StartsWith("themes/", StringComparison.Ordinal) && f.Count(c => c == '/') == 2);

    [Fact]
    public void Every_theme_page_has_its_timeline_on_its_first_page_only()
    {
        Assert.True(ThemeFirstPages.Count() >= 10);
        foreach (var file in ThemeFirstPages)
        {
            var chart = _site.Page(file).QuerySelector(".timeline figure.chart svg.chart-svg");
            Assert.True(chart is not null, file);
            Assert.NotEmpty(chart!.QuerySelectorAll("rect.chart-bar"));
        }

        Assert.All(_site.HtmlFiles().Where(f => f.StartsWith("themes/", StringComparison.Ordinal) && f.Contains("/page/", StringComparison.Ordinal)),
            f => Assert.Null(_site.Page(f).QuerySelector(".timeline")));
    }

    [Fact]
    public void A_themes_timeline_counts_its_own_papers_over_the_months_of_the_home_chart()
    {
        var home = _site.Page("index.html").QuerySelectorAll("figure.chart tbody th").Select(th => th.TextContent).ToList();
        var theme = _site.Page("themes/reinforcement-learning/index.html").QuerySelectorAll(".timeline tbody tr").ToList();
        var homeCounts = _site.Page("index.html").QuerySelectorAll("figure.chart tbody td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var themeCounts = theme.Select(tr => int.Parse(tr.QuerySelector("td")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(home, theme.Select(tr => tr.QuerySelector("th")!.TextContent));
        Assert.True(themeCounts.Sum() > 0 && themeCounts.Sum() < homeCounts.Sum());
        Assert.All(themeCounts.Zip(homeCounts), c => Assert.True(c.First <= c.Second));
    }
}
