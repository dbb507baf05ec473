using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;
using static PaperArchive.Tests.Support.Listings;

namespace PaperArchive.Tests.Listings;

public sealed class DateResolutionTests
{
    private static DateOnly? PublishedIn(string fileName, string captureLine, string dateLine, out DiagnosticBag diagnostics)
    {
        var (listing, bag) = Parse(fileName, Page(captureLine, Entry("Paper One", dateLine)));
        diagnostics = bag;
        return listing!.Entries.Single().Published;
    }

    [Fact]
    public void A_year_less_date_before_the_capture_day_is_in_the_capture_year()
    {
        Assert.Equal(new DateOnly(2025, 12, 1), PublishedIn("2025-12-08-x.txt", "Dec 8", "Dec 1", out _));
    }

    [Fact]
    public void A_year_less_December_date_after_a_December_capture_day_belongs_to_the_previous_year()
    {
        Assert.Equal(new DateOnly(2024, 12, 20), PublishedIn("2025-12-08-x.txt", "Dec 8", "Dec 20", out _));
    }

    [Fact]
    public void In_a_January_capture_a_year_less_autumn_date_belongs_to_the_previous_year()
    {
        Assert.Equal(new DateOnly(2025, 11, 3), PublishedIn("2026-01-05-x.txt", "Jan 5", "Nov 3", out _));
        Assert.Equal(new DateOnly(2026, 1, 2), PublishedIn("2026-01-05-x.txt", "Jan 5", "Jan 2", out _));
    }

    [Fact]
    public void February_29_resolves_in_a_leap_year()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), PublishedIn("2025-01-05-x.txt", "Jan 5", "Feb 29", out var diagnostics));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void February_29_of_a_common_year_is_reported_as_an_invalid_date()
    {
        Assert.Null(PublishedIn("2025-03-01-x.txt", "Mar 1", "Feb 29", out var diagnostics));
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.InvalidDate, warning.Id);
        Assert.Contains("'Feb 29' is not a real date (in 2025)", warning.Message);
    }

    [Fact]
    public void February_30_is_reported_as_an_invalid_date()
    {
        Assert.Null(PublishedIn("2025-12-08-x.txt", "Dec 8", "Feb 30, 2024", out var diagnostics));
        Assert.Equal(DiagnosticIds.InvalidDate, Assert.Single(diagnostics.Sorted()).Id);
    }

    [Fact]
    public void Without_a_dated_file_name_the_capture_year_is_inferred_and_the_assumption_reported()
    {
        var text = Page("Dec 8", Entry("Paper One", "Oct 4, 2023"), Entry("Paper Two", "Mar 6, 2024 1"), Entry("Paper Three", "Feb 12"));
        var (listing, diagnostics) = Parse("values.txt", text);

        Assert.Equal(new DateOnly(2025, 12, 8), listing!.Captured);
        Assert.Equal(new DateOnly(2025, 2, 12), listing.Entries[2].Published);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.CaptureYearAssumed, warning.Id);
        Assert.Equal(11, warning.Location!.Value.Line);
        Assert.Contains("assumed 2025", warning.Message);
    }

    [Fact]
    public void The_capture_date_in_site_yml_wins_and_a_disagreeing_header_is_reported()
    {
        var config = new ListingConfig("values.txt", new DateOnly(2025, 12, 9), null, SourceLocation.Of("site.yml"));
        var (listing, diagnostics) = Parse("values.txt", Page("Dec 8", Entry("Paper One", "Feb 12")), config);

        Assert.Equal(new DateOnly(2025, 12, 9), listing!.Captured);
        Assert.Equal(DiagnosticIds.CaptureDateConflict, Assert.Single(diagnostics.Sorted()).Id);
    }

    [Fact]
    public void A_listing_with_no_capture_date_anywhere_is_an_error()
    {
        var (listing, diagnostics) = Parse("decisions.txt",
            "Get trending papers in your email inbox!\nSubscribeA Title\nAn abstract that ends with a full stop.\n");

        Assert.Null(listing);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.True(error.IsError);
        Assert.Equal(DiagnosticIds.CaptureDateMissing, error.Id);
    }

    [Theory]
    [InlineData("20230911-hf-daily-papers.md", "2023-09-11")]
    [InlineData("2023-09-11-hf-daily-papers.md", "2023-09-11")]
    [InlineData("20231311-hf-daily-papers.md", null)]
    [InlineData("202309115-hf-daily-papers.md", null)]
    public void The_file_name_dates_a_capture_in_either_form_scripts_write(string fileName, string? captured)
    {
        // A real capture that states no day of its own.
        var text = File.ReadAllText(Path.Combine(Support.RepoPaths.TestFiles, "Listings", "Forms", "markdown-crawl-trending-bare-headings.md"));

        var (listing, diagnostics) = Parse(fileName, text);

        Assert.Equal(captured, listing?.Captured.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(captured is null, diagnostics.Sorted().Any(d => d.Id == DiagnosticIds.CaptureDateMissing));
    }
}
