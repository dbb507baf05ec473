using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Listings;

public sealed class TextDecodingTests
{
    private static readonly string Shipped = Path.Combine(RepoPaths.ShippedInput, "listings", "2025-12-10-human-feedback.txt");

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_shipped_listing_saved_in_any_common_encoding_and_line_ending_reads_the_same(string encoding)
    {
        var text = File.ReadAllText(Shipped);
        var (expected, _) = Parse(Encoding.UTF8.GetBytes(text));

        foreach (var newline in new[] { "\n", "\r\n" })
        {
            var (actual, diagnostics) = Parse(Encode(text.ReplaceLineEndings(newline), encoding));

            Assert.Empty(diagnostics.Sorted());
            Assert.Equal(expected!.Entries, actual!.Entries);
        }
    }

    [Fact]
    public void Regression_a_UTF16_file_as_Windows_PowerShell_writes_it_was_refused_as_binary()
    {
        // Windows PowerShell's "Out-File" and ">" write UTF-16 LE with a byte order mark.
        var text = File.ReadAllText(Shipped);
        var (utf8, _) = Parse(Encoding.UTF8.GetBytes(text));

        var (listing, diagnostics) = Parse(Encode(text.ReplaceLineEndings("\r\n"), "utf-16le-bom"));

        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Id == DiagnosticIds.ListingNotText);
        Assert.Equal(utf8!.Entries.Count, listing!.Entries.Count);
        Assert.True(listing.Entries.Count > 50);
    }

    [Fact]
    public void UTF16_that_breaks_off_in_the_middle_of_a_character_is_refused_with_a_reason()
    {
        byte[] bytes = [.. Encode("Dec 8\n\nA Title\n\nAn abstract.\n", "utf-16le-bom"), 0x3D, 0xD8];

        var (listing, diagnostics) = Parse(bytes);

        Assert.Null(listing);
        Assert.Equal(DiagnosticIds.ListingNotText, Assert.Single(diagnostics.Sorted()).Id);
    }

    private static (Listing? Listing, DiagnosticBag Diagnostics) Parse(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var listing = ListingParser.Default.Parse(new RawListing("2025-12-10-human-feedback.txt", bytes), null, diagnostics);
        return (listing, diagnostics);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
