using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using static PaperArchive.Tests.Support.Listings;

namespace PaperArchive.Tests.Listings;

public sealed class BrokenListingTests
{
    private const string File = "2025-12-08-x.txt";

    private static (Listing? Listing, DiagnosticBag Diagnostics) ParseBytes(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        return (ListingParser.Default.Parse(new RawListing(File, bytes), null, diagnostics), diagnostics);
    }

    private static Diagnostic SingleError(DiagnosticBag diagnostics) => Assert.Single(diagnostics.Sorted(), d => d.IsError);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    [InlineData("\uFEFF")]
    public void An_empty_listing_is_an_error(string text)
    {
        var (listing, diagnostics) = Parse(File, text);
        Assert.Null(listing);
        Assert.Equal(DiagnosticIds.ListingEmpty, SingleError(diagnostics).Id);
    }

    [Fact]
    public void A_binary_file_is_an_error_naming_the_line_of_its_first_nul_byte()
    {
        var (listing, diagnostics) = ParseBytes([.. "\x89PNG\r\n\x1a\n"u8, 0, 0, 0, 13, .. "IHDR"u8]);
        Assert.Null(listing);
        var error = SingleError(diagnostics);
        Assert.Equal((DiagnosticIds.ListingNotText, File, 3), (error.Id, error.Location!.Value.File, error.Location.Value.Line));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_its_line_not_a_guess()
    {
        var latin1 = Encoding.Latin1.GetBytes(Page("Dec 8", Entry("Caf\u00e9 Models", "Feb 12")));
        var (listing, diagnostics) = ParseBytes(latin1);
        Assert.Null(listing);
        var error = SingleError(diagnostics);
        Assert.Equal((DiagnosticIds.ListingNotText, 13), (error.Id, error.Location!.Value.Line));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_line()
    {
        var page = Page("Dec 8", Entry("Paper One", "Feb 12"));
        var (listing, diagnostics) = ParseBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(page)]);
        Assert.Equal(DateOnly.Parse("2025-02-12"), Assert.Single(listing!.Entries).Published);
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Crlf_and_cr_line_endings_give_the_same_entries_and_line_numbers(string newline)
    {
        var page = Page("Dec 8", Entry("Paper One", "Feb 12"), Entry("Paper Two", "Mar 6, 2024 3")).Replace("\n", newline);
        var (listing, diagnostics) = Parse(File, page);

        Assert.Equal([("Paper One", 13), ("Paper Two", 21)], listing!.Entries.Select(e => (e.Title, e.Location.Line)));
        Assert.Equal(3, listing.Entries[1].Upvotes);
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_form_feed_inside_an_abstract_does_not_split_the_entry()
    {
        var page = Page("Dec 8", Entry("Paper One", "Feb 12", abstractText: "An abstract with a form feed\f and a line separator\u2028 inside."));
        var (listing, diagnostics) = Parse(File, page);

        var entry = Assert.Single(listing!.Entries);
        Assert.Equal("An abstract with a form feed and a line separator  inside.", entry.Abstract);
        Assert.Equal(DateOnly.Parse("2025-02-12"), entry.Published);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.ControlCharacters, 15, 29), (warning.Id, warning.Location!.Value.Line, warning.Location.Value.Column));
    }

    [Fact]
    public void Control_characters_become_spaces_in_titles_and_vanish_from_abstracts_with_a_warning()
    {
        var page = Page("Dec 8", Entry("Control\u0001Characters\u001b In A Title", "Feb 12", abstractText: "An\u0007 abstract\u0000 with bells."));
        var (listing, diagnostics) = ParseBytes(Encoding.UTF8.GetBytes(page.Replace("\u0000", string.Empty)));

        var entry = Assert.Single(listing!.Entries);
        Assert.Equal("Control Characters In A Title", entry.Title);
        Assert.Equal("An abstract with bells.", entry.Abstract);
        Assert.Equal([13, 15], diagnostics.Sorted().Where(d => d.Id == DiagnosticIds.ControlCharacters).Select(d => d.Location!.Value.Line));
        Assert.All(diagnostics.Sorted(), d => Assert.False(d.IsError));
    }

    [Fact]
    public void A_listing_cut_off_in_the_middle_of_an_abstract_keeps_the_paper_and_warns()
    {
        var page = Page("Dec 8", Entry("Paper One", "Feb 12"), "Paper Two\n\nAn abstract that stops in the middle of a");
        var (listing, diagnostics) = Parse(File, page.TrimEnd('\n'));

        Assert.Equal(["Paper One", "Paper Two"], listing!.Entries.Select(e => e.Title));
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.EntryCutOff, 23), (warning.Id, warning.Location!.Value.Line));
    }

    [Fact]
    public void A_metadata_block_cut_off_before_its_date_keeps_the_paper_and_warns()
    {
        var page = Page("Dec 8", "Paper One\n\nAn abstract.\n\n  • 3 authors\n·");
        var (listing, diagnostics) = Parse(File, page);

        var entry = Assert.Single(listing!.Entries);
        Assert.Equal((3, (DateOnly?)null), (entry.Authors!.Value, entry.Published));
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.EntryCutOff, 18), (warning.Id, warning.Location!.Value.Line));
    }

    [Fact]
    public void A_page_header_with_no_entry_is_an_error_not_an_empty_listing()
    {
        var (listing, diagnostics) = Parse(File, "new\n\nSubscribe\n\nDaily Papers\n\nDec 8\n");
        Assert.Null(listing);
        Assert.True(diagnostics.HasErrors);
    }

    [Fact]
    public void An_overlong_line_is_cut_with_a_warning_and_the_listing_read_on()
    {
        var longAbstract = new string('x', ListingText.MaxLineLength * 3) + ".";
        var page = Page("Dec 8", Entry("Paper One", "Feb 12", abstractText: longAbstract), Entry("Paper Two", "Feb 13"));
        var (listing, diagnostics) = Parse(File, page);

        Assert.Equal(["Paper One", "Paper Two"], listing!.Entries.Select(e => e.Title));
        Assert.Equal(ListingText.MaxLineLength, listing.Entries[0].Abstract!.Length);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.LineTooLong, 15), (warning.Id, warning.Location!.Value.Line));
    }

    [Fact]
    public void Regression_a_compact_listing_with_a_damaged_first_header_line_was_rejected_as_an_unknown_form()
    {
        // Found by the fuzz test (seed 20251208, case 708): the first chrome line cut short hid the whole listing.
        var text = "Get\nGet trending papers in your email inbox!\nPaper One\nAn abstract that ends.\nPaper Two\nAnother abstract.\n";
        var (listing, diagnostics) = Parse(File, text);

        Assert.Equal(ListingFormat.CompactText, listing!.Format);
        Assert.Contains(listing.Entries, e => e is { Title: "Paper One", Abstract: "An abstract that ends." });
        Assert.Contains(listing.Entries, e => e is { Title: "Paper Two", Abstract: "Another abstract." });
        Assert.All(diagnostics.Sorted(), d => Assert.False(d.IsError));
    }

    [Theory]
    [InlineData("n\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nDec 8\n\nPaper One\n\nAn abstract cut off in the mid")]
    [InlineData("Get trending papers yn your email inbox once a day!\nGet trending papers in your email inbox!\nPaper One\nAn abstract cut off in the mid")]
    public void Regression_a_damaged_first_header_line_hid_the_page_header_and_the_listing_was_rejected(string text)
    {
        // Found by the fuzz test (seed 20251208, cases 2413 and 1843).
        var (listing, diagnostics) = Parse(File, text);

        var entry = Assert.Single(listing!.Entries);
        Assert.Equal(("Paper One", "An abstract cut off in the mid"), (entry.Title, entry.Abstract));
        Assert.Equal(DiagnosticIds.EntryCutOff, Assert.Single(diagnostics.Sorted()).Id);
    }
}
