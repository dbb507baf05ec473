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

    [Theory]
    [InlineData("ten chars!", 10, "ten chars!")]
    [InlineData("  ten  chars!  ", 10, "ten chars!")]
    [InlineData("first part, second part", 12, "first part…")]
    [InlineData("Supercalifragilistic words", 10, "Supercalif…")]
    [InlineData("one twothree", 4, "one…")]
    [InlineData("a b c d e f", 5, "a b…")]
    public void An_excerpt_keeps_a_text_that_fits_and_cuts_a_longer_one_without_trailing_punctuation(string text, int max, string excerpt)
    {
        Assert.Equal(excerpt, PlainText.Excerpt(text, max));
    }

    [Fact]
    public void Control_characters_are_taken_out_of_displayed_text()
    {
        Assert.Equal("Control Characters In A Title", PlainText.Clean("Control\u0001Characters\u000B In A Title"));
        Assert.Equal("line one\nline two", PlainText.Clean("line one\nline two"));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(99, 0)]
    [InlineData(100, 1)]
    [InlineData(149, 1)]
    [InlineData(150, 2)]
    [InlineData(455, 8)]
    public void A_list_has_a_numbered_page_for_each_full_50_papers_but_the_newest_which_its_root_holds(int papers, int numbered) =>
        Assert.Equal(numbered, Pagination.NumberedPages(papers));

    [Fact]
    public void Numbered_pages_link_newer_towards_the_root_and_older_towards_page_1()
    {
        var root = Pagination.Root("themes/x/", 3);
        var newest = Pagination.Numbered("themes/x/", 3, newest: true);
        var middle = Pagination.Numbered("themes/x/", 2, newest: false);
        var oldest = Pagination.Numbered("themes/x/", 1, newest: false);

        Assert.Equal((null, "themes/x/page/3/"), (root.Previous, root.Next));
        Assert.Equal(("themes/x/", "themes/x/page/2/"), (newest.Previous, newest.Next));
        Assert.Equal(("themes/x/page/3/", "themes/x/page/1/"), (middle.Previous, middle.Next));
        Assert.Equal(("themes/x/page/2/", null), (oldest.Previous, oldest.Next));
        Assert.Equal((null, "themes/x/page/1/"), (root.Newest, root.Oldest));
        Assert.Equal(("themes/x/", null), (oldest.Newest, oldest.Oldest));
        Assert.Equal(4, root.Total);
        Assert.All([newest, middle, oldest], p => Assert.Null(p.Total));
        Assert.False(Pagination.Root("themes/x/", 0).IsPaged);
        Assert.Null(Pagination.Root("themes/x/", 0).Oldest);
        Assert.Equal("Page 2, counting from the oldest", middle.Label);
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
