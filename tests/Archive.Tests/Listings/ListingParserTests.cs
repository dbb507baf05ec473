using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Tests.Support;
using static PaperArchive.Tests.Support.Listings;

namespace PaperArchive.Tests.Listings;

public sealed class ListingParserTests
{
    [Theory]
    [InlineData("2025-12-10-page-excerpt.txt")]
    [InlineData("2025-12-08-upvotes-excerpt.txt")]
    public void A_daily_papers_page_parses_into_its_entries(string file)
    {
        var (listing, diagnostics) = ParseTestFile(file);
        GoldenFile.AssertMatches($"Listings/{Path.GetFileNameWithoutExtension(file)}.expected.txt", ListingSnapshot.Of(listing, diagnostics));
    }

    [Fact]
    public void A_compact_listing_parses_with_the_capture_date_from_site_yml()
    {
        var config = new ListingConfig("compact-excerpt.txt", new DateOnly(2025, 12, 9), "Explaining model decisions", SourceLocation.Of("site.yml"));
        var (listing, diagnostics) = ParseTestFile("compact-excerpt.txt", config);
        GoldenFile.AssertMatches("Listings/compact-excerpt.expected.txt", ListingSnapshot.Of(listing, diagnostics));
    }

    [Fact]
    public void The_first_compact_title_is_cut_from_the_word_Subscribe_it_is_glued_to()
    {
        var (listing, _) = Parse("2025-12-09-x.txt",
            "Get trending papers in your email inbox!\nSubscribeA Title Glued To The Header\nAn abstract that ends with a full stop.\n");

        var entry = Assert.Single(listing!.Entries);
        Assert.Equal(ListingFormat.CompactText, listing.Format);
        Assert.Equal("A Title Glued To The Header", entry.Title);
        Assert.Equal(new SourceLocation("2025-12-09-x.txt", 2, 10), entry.Location);
    }

    [Fact]
    public void The_format_is_recognised_from_the_text_not_the_file_name()
    {
        var page = Page("Dec 8", Entry("Paper One", "Feb 12"));
        var (asCompactName, _) = Parse("2025-12-08-compact.txt", page);
        Assert.Equal(ListingFormat.DailyPapersPage, asCompactName!.Format);
    }

    [Fact]
    public void An_organisation_line_keeps_the_display_name_not_the_handle()
    {
        var (listing, _) = Parse("2025-12-10-x.txt", Page("Dec 10", Entry("Paper One", "Oct 1", byline: "metaresearch Meta Research")));
        var entry = Assert.Single(listing!.Entries);
        Assert.Equal("Meta Research", entry.Organization);
        Assert.Null(entry.Authors);
    }

    [Theory]
    [InlineData("Mar 6, 2024 1", "2024-03-06", 1)]
    [InlineData("Jun 2 2", "2025-06-02", 2)]
    [InlineData("Sep 1, 2023", "2023-09-01", null)]
    [InlineData("Oct 1", "2025-10-01", null)]
    public void A_date_line_may_carry_the_upvote_count_after_the_date_and_without_one_the_count_is_unknown(string dateLine, string published, int? upvotes)
    {
        var (listing, _) = Parse("2025-12-08-x.txt", Page("Dec 8", Entry("Paper One", dateLine)));
        var entry = Assert.Single(listing!.Entries);
        Assert.Equal(DateOnly.Parse(published), entry.Published);
        Assert.Equal(upvotes, entry.Upvotes);
    }

    [Fact]
    public void A_title_without_an_abstract_is_kept_and_reported_with_its_line()
    {
        var text = Page("Dec 8", "Lonely Title Without Abstract", Entry("Paper Two", "Feb 12"));
        var (listing, diagnostics) = Parse("2025-12-08-x.txt", text);

        Assert.Equal(["Lonely Title Without Abstract", "Paper Two"], listing!.Entries.Select(e => e.Title));
        Assert.Null(listing.Entries[0].Abstract);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.TitleWithoutAbstract, warning.Id);
        Assert.Equal(13, warning.Location!.Value.Line);
    }

    [Fact]
    public void A_metadata_block_with_no_title_is_reported_and_ignored()
    {
        var text = Page("Dec 8", "  • 4 authors\n·\nFeb 12", Entry("Paper Two", "Feb 12"));
        var (listing, diagnostics) = Parse("2025-12-08-x.txt", text);

        Assert.Equal("Paper Two", Assert.Single(listing!.Entries).Title);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.MetadataWithoutTitle, warning.Id);
        Assert.Equal(13, warning.Location!.Value.Line);
    }

    [Fact]
    public void An_unknown_date_form_is_reported_and_the_paper_kept_without_a_date()
    {
        var (listing, diagnostics) = Parse("2025-12-08-x.txt", Page("Dec 8", Entry("Paper One", "12/02/2024")));

        var entry = Assert.Single(listing!.Entries);
        Assert.Null(entry.Published);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.UnknownDateForm, warning.Id);
        Assert.Equal("2025-12-08-x.txt(19,1): warning ARC0104: '12/02/2024' is not a date of the form 'Feb 12' or 'Mar 6, 2024'; the paper is kept without a publication date.", warning.ToString());
    }

    [Fact]
    public void Text_that_is_no_listing_is_an_error_not_an_empty_listing()
    {
        var (listing, diagnostics) = Parse("2025-12-08-notes.txt", "Just some notes\n\nnothing like a listing here.\n\nMore prose.\n");
        Assert.Null(listing);
        Assert.Equal(DiagnosticIds.ListingUnknownFormat, Assert.Single(diagnostics.Sorted()).Id);
    }
}
