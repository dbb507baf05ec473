using System.Text.Json;
using PaperArchive.Search;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

public sealed class DateStyleTests
{
    [Theory]
    [InlineData("en", "Oct 21, 2024", "October 2024")]
    [InlineData("en-GB", "21 Oct 2024", "October 2024")]
    [InlineData("de-AT", "21. Okt. 2024", "Oktober 2024")]
    [InlineData("fr", "21 oct. 2024", "octobre 2024")]
    [InlineData("es", "21 oct 2024", "octubre de 2024")]
    public void Dates_are_written_in_the_sites_language(string language, string day, string month)
    {
        var style = DateStyle.For(language);

        Assert.Equal(day, style.DayText(new DateOnly(2024, 10, 21)));
        Assert.Equal(month, style.MonthText(2024, 10));
    }

    [Fact]
    public void A_language_without_date_names_is_written_in_English()
    {
        Assert.Equal("Mar 6, 2024", DateStyle.For("tlh").DayText(new DateOnly(2024, 3, 6)));
    }

    [Fact]
    public void The_search_index_carries_the_date_style_the_pages_use()
    {
        var content = BuiltSites.ShippedContent with { Config = BuiltSites.ShippedContent.Config with { Language = "de" } };
        var manifest = SearchIndexBuilder.Build(content).Single(f => f.Path.EndsWith("manifest.json", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(manifest.Content);
        var date = json.RootElement.GetProperty("date");

        Assert.Equal("{d}. {M} {y}", date.GetProperty("day").GetString());
        Assert.Equal(DateStyle.For("de").ShortMonths, date.GetProperty("months").EnumerateArray().Select(m => m.GetString()!));
    }

    [Fact]
    public void The_search_index_carries_the_folding_table_stop_words_and_limits_the_client_needs()
    {
        var manifest = SearchIndexBuilder.Build(BuiltSites.ShippedContent).Single(f => f.Path.EndsWith("manifest.json", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(manifest.Content);
        var root = json.RootElement;

        Assert.Equal(SearchFolding.Table, root.GetProperty("text").GetProperty("table").GetString());
        Assert.Equal(SearchFolding.TableStart, root.GetProperty("text").GetProperty("start").GetInt32());
        Assert.Contains("the", root.GetProperty("text").GetProperty("stop").GetString()!.Split(' '));
        Assert.Equal(SearchIndexLayout.ResultsPerPage, root.GetProperty("limits").GetProperty("page").GetInt32());
        Assert.Equal(SearchIndexLayout.FilesPerFolder, root.GetProperty("limits").GetProperty("folder").GetInt32());
    }
}
