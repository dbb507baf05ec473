using System.Text.Json;
using PaperArchive.Site;
using PaperArchive.Site.Pages;

namespace PaperArchive.Tests.Site;

public sealed class PageModelTests
{
    [Fact]
    public void Json_ld_escapes_markup_so_a_title_cannot_close_the_script_element()
    {
        const string title = "</script><script>alert(1)</script> & more";
        var json = JsonLd.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("headline", title);
            w.WriteEndObject();
        });

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.DoesNotContain("&", json);
        Assert.Equal(title, JsonDocument.Parse(json).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void An_excerpt_folds_whitespace_and_cuts_at_a_word()
    {
        Assert.Equal("one two…", PlainText.Excerpt("one\n  two\tthree four", 10));
        Assert.Equal("short text", PlainText.Excerpt("short\u000Btext", 50));
    }

    [Fact]
    public void Control_characters_are_taken_out_of_displayed_text()
    {
        Assert.Equal("Control Characters In A Title", PlainText.Clean("Control\u0001Characters\u000B In A Title"));
        Assert.Equal("line one\nline two", PlainText.Clean("line one\nline two"));
    }

    [Fact]
    public void Pagination_links_the_neighbouring_pages()
    {
        var middle = Pagination.For("themes/x/", 2, 3);

        Assert.Equal("themes/x/", middle.Previous);
        Assert.Equal("themes/x/page/3/", middle.Next);
        Assert.Null(Pagination.For("themes/x/", 1, 3).Previous);
        Assert.Null(Pagination.For("themes/x/", 3, 3).Next);
        Assert.Equal(1, Pagination.PageCount(0));
        Assert.Equal(2, Pagination.PageCount(51));
    }

    [Fact]
    public void The_chart_shows_the_last_36_months_of_publication_and_links_only_months_with_papers()
    {
        var months = new Dictionary<(int, int), int> { [(2020, 1)] = 3, [(2024, 12)] = 2, [(2025, 2)] = 4 };

        var chart = MonthChartBuilder.Build(months, MonthChartBuilder.Span(months.Keys), DateStyle.English);

        Assert.Equal(MonthChartBuilder.Months, chart.Bars.Count);
        Assert.Equal("Mar 2022", chart.Bars[0].Label);
        Assert.Equal("Feb 2025", chart.Bars[^1].Label);
        Assert.Equal(["dates/2024/12/", "dates/2025/02/"], chart.Bars.Where(b => b.Path is not null).Select(b => b.Path));
        Assert.True(chart.Bars[^1].Height > chart.Bars.Single(b => b.Label == "Dec 2024").Height);
    }
}
