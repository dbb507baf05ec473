using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Tests.Listings;

public sealed class PlausibilityGateTests
{
    private static readonly SourceLocation At = new("capture.md", 7);

    [Theory]
    [InlineData("Careers")]
    [InlineData("Daily Papers")]
    [InlineData("Log In")]
    [InlineData("https://huggingface.co/papers/2410.05434")]
    [InlineData("[![](https://cdn-avatars.huggingface.co/a.png) Meta](https://huggingface.co/facebook)")]
    [InlineData("![logo](https://huggingface.co/front/assets/huggingface_logo-noborder.svg)")]
    [InlineData("42")]
    public void A_title_that_is_navigation_an_address_markup_or_a_number_is_no_paper(string title)
    {
        Assert.NotNull(Plausibility.TitleProblem(title));
    }

    [Theory]
    [InlineData("Utility Engineering: Analyzing and Controlling Emergent Value Systems in AIs")]
    [InlineData("[CLS] Token is All You Need for Zero-Shot Semantic Segmentation")]
    [InlineData("GUESS:GradUally Enriching SyntheSis for Text-Driven Human Motion Generation")]
    [InlineData("Careers of Machine Learning Researchers")]
    public void A_real_title_passes(string title)
    {
        Assert.Null(Plausibility.TitleProblem(title));
    }

    [Theory]
    [InlineData("Meta Research")]
    [InlineData("University of Tübingen")]
    [InlineData("KAIST AI")]
    [InlineData("Allen Institute for AI (AI2)")]
    public void A_short_organisation_name_passes(string organization)
    {
        Assert.Null(Plausibility.OrganizationProblem(organization, "A Title"));
    }

    [Theory]
    [InlineData("We propose utility engineering as a research agenda, comprising both the analysis and control of AI utilities.")]
    [InlineData("https://huggingface.co/facebook")]
    [InlineData("[图片：无替代文本] Microsoft")]
    [InlineData("![](https://cdn-avatars.huggingface.co/meta.png) Meta Research")]
    [InlineData("<img src=\"a.png\"> Google")]
    public void An_organisation_that_is_a_sentence_an_address_markup_or_an_avatar_placeholder_is_refused(string organization)
    {
        Assert.NotNull(Plausibility.OrganizationProblem(organization, "A Title"));
    }

    [Fact]
    public void An_abstract_that_is_the_title_again_is_refused_but_one_that_ends_with_its_code_address_passes()
    {
        Assert.NotNull(Plausibility.AbstractProblem("A Title", "A Title"));
        Assert.Null(Plausibility.AbstractProblem("We release our code at https://github.com/a/b.", "A Title"));
    }

    [Fact]
    public void A_card_with_an_implausible_field_is_kept_without_it_and_a_warning_names_its_line()
    {
        var card = new PaperCard(Shown.At("A Real Paper Title", At))
        {
            Organization = Shown.At("This abstract sentence was read as the organisation of the paper.", At),
        };
        var diagnostics = new DiagnosticBag();

        var kept = Assert.Single(PlausibilityGate.Check("capture.md", ListingFormat.MarkdownClip, [card], diagnostics)!);

        Assert.Null(kept.Organization);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.CardImplausible, 7), (warning.Id, warning.Location!.Value.Line));
    }

    [Fact]
    public void A_capture_where_most_cards_fail_is_an_error_naming_the_file_and_publishes_nothing()
    {
        PaperCard[] cards =
        [
            new(Shown.At("Models", At)), new(Shown.At("Datasets", At with { Line = 8 })),
            new(Shown.At("Careers", At with { Line = 9 })), new(Shown.At("A Real Paper Title", At with { Line = 10 })),
        ];
        var diagnostics = new DiagnosticBag();

        var passed = PlausibilityGate.Check("capture.md", ListingFormat.MarkdownClip, cards, diagnostics);

        Assert.Null(passed);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.CaptureImplausible, "capture.md", 1), (error.Id, error.Location!.Value.File, error.Location.Value.Line));
        Assert.True(error.IsError);
    }
}
