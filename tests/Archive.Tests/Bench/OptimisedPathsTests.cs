using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Text;

namespace PaperArchive.Tests.Bench;

/// <summary>Pins the behaviour of the code made faster for <c>archive bench</c> to what the plain forms gave.</summary>
public sealed class OptimisedPathsTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "one line",
        "a\nb\n",
        "a\r\nb\r\n\r\nc",
        "a\rb\r",
        "a\r\r\nb",
        "form\ffeed, next\u0085line, line\u2028separator, paragraph\u2029separator",
        "\n\n",
        "\uFEFFnew\r\nDaily Papers\n",
        "Mélange à trois\r\n  • 3 authors\n·\nFeb 12",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Listing_lines_decoded_from_bytes_split_exactly_as_the_text_splits_at_CR_LF_and_CRLF(string text)
    {
        var raw = new RawListing("2025-12-08-lines.txt", Encoding.UTF8.GetBytes(text));
        var expected = ListingText.SplitLines(text.StartsWith('\uFEFF') ? text[1..] : text);

        var lines = TextDecoding.DecodeLines(raw, new DiagnosticBag());

        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Invalid_UTF8_is_reported_on_the_line_that_holds_it()
    {
        byte[] content = [.. "first\r\nsecond\n"u8, 0x66, 0xC3, 0x28, .. "\nfourth"u8];
        var diagnostics = new DiagnosticBag();

        var lines = TextDecoding.DecodeLines(new RawListing("2025-12-08-bad.txt", content), diagnostics);

        Assert.Null(lines);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.ListingNotText, error.Id);
        Assert.Equal(3, error.Location?.Line);
    }

    [Theory]
    [InlineData("Value Drifts: Tracing VALUE Alignment", "value drifts: tracing value alignment")]
    [InlineData("Tabs\tand\u0001control", "tabs\tand\u0001control")]
    [InlineData("Straße Øre Þing", "strasse ore thing")]
    public void Folding_lower_cases_ascii_and_spells_out_other_letters(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.FoldToAscii(text));
    }

    [Theory]
    [InlineData("Value Drifts: Tracing Value Alignment", "value-drifts-tracing-value-alignment")]
    [InlineData("!!!", "")]
    [InlineData("A Very Long Title About Reinforcement Learning From Human Feedback For Aligning Large Language Models With Values",
        "a-very-long-title-about-reinforcement-learning-from-human-feedback-for-aligning")]
    public void Slugs_stop_at_the_last_whole_word_within_80_characters(string title, string slug)
    {
        Assert.Equal(slug, Slugs.FromText(title));
        Assert.True(slug.Length <= Slugs.MaxLength);
    }

    [Fact]
    public void A_single_word_longer_than_a_slug_is_cut_at_80_characters()
    {
        Assert.Equal(new string('x', Slugs.MaxLength), Slugs.FromText(new string('X', 100)));
    }
}
