using PaperArchive.Text;

namespace PaperArchive.Tests.Text;

public sealed class BidiControlsTests
{
    [Theory]
    [InlineData("Plain title", "Plain title")]
    [InlineData("Evil \u202Egnp.exe", "Evil \u202Egnp.exe\u202C")]
    [InlineData("Two \u202B\u2067 openers", "Two \u202B\u2067 openers\u2069\u202C")]
    [InlineData("Closed \u202Eok\u202C here", "Closed \u202Eok\u202C here")]
    [InlineData("Stray \u202C\u2069 closers", "Stray  closers")]
    [InlineData("Isolate \u2068inside \u202Ean override\u2069 closes it", "Isolate \u2068inside \u202Ean override\u202C\u2069 closes it")]
    public void Unclosed_bidi_controls_are_closed_at_the_end_and_stray_closers_dropped(string text, string balanced)
    {
        Assert.Equal(balanced, BidiControls.Balance(text));
        Assert.True(BidiControls.IsBalanced(BidiControls.Balance(text)));
    }

    [Fact]
    public void Text_without_bidi_controls_is_returned_as_it_is()
    {
        const string text = "Alignment \u05D0\u05D1 and \u0627\u0644 mixed scripts";
        Assert.Same(text, BidiControls.Balance(text));
    }
}
