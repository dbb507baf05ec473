using PaperArchive.Text;

namespace PaperArchive.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Mélange", "melange")]
    [InlineData("Ümlaut naïve café", "umlaut naive cafe")]
    [InlineData("Łódź Øresund Straße Œuvre", "lodz oresund strasse oeuvre")]
    [InlineData("Plain ASCII Title", "plain ascii title")]
    public void Accented_letters_fold_to_their_ascii_base_letters(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.FoldToAscii(text));
    }

    // Regression: with invariant globalization string.Normalize does not decompose, so "Mélange" slugged to "m-lange".
    [Fact]
    public void Diacritics_fold_even_though_invariant_globalization_disables_normalisation()
    {
        Assert.Equal("melange-cost-efficient-serving", Slugs.FromText("Mélange: Cost Efficient Serving"));
    }

    [Fact]
    public void A_combining_accent_written_separately_is_dropped()
    {
        Assert.Equal("melange", TextFolding.FoldToAscii("Me\u0301lange"));
    }
}
