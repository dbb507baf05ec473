using PaperArchive.Text;

namespace PaperArchive.Tests.Text;

public sealed class MarkdownFormatterTests
{
    [Fact]
    public void A_bare_web_address_becomes_a_link_without_its_trailing_punctuation()
    {
        var html = MarkdownFormatter.ToHtml("Code is at https://example.org/code. See also (https://example.org/b), too.");
        Assert.Contains("<a href=\"https://example.org/code\">https://example.org/code</a>.", html);
        Assert.Contains("(<a href=\"https://example.org/b\">https://example.org/b</a>),", html);
    }

    [Fact]
    public void A_markdown_link_to_a_web_address_stays_a_link()
    {
        Assert.Equal("<p>See <a href=\"https://example.org/x\">the paper</a>.</p>", MarkdownFormatter.ToHtml("See [the paper](https://example.org/x)."));
    }

    [Fact]
    public void An_image_is_never_fetched_and_shows_as_text()
    {
        var html = MarkdownFormatter.ToHtml("![chart](https://evil.example/x.png)");
        Assert.DoesNotContain("<img", html);
        Assert.Contains("![chart](https://evil.example/x.png)", html);
    }

    [Fact]
    public void Raw_html_is_escaped_as_text()
    {
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;</p>", MarkdownFormatter.ToHtml("<script>alert(1)</script> <b>bold</b>"));
    }

    [Fact]
    public void Emphasis_in_a_note_is_rendered()
    {
        Assert.Equal("<p>A <em>fine</em> paper.</p>", MarkdownFormatter.ToHtml("A *fine* paper."));
    }

    [Theory]
    [InlineData("We study 3D scenes: Ω-nets (in Zürich) reach 87.5% on ImageNet-1k; isn't that 2/3 of +5=?")]
    [InlineData("Models we'd call small")]
    public void A_plain_line_of_text_is_one_paragraph_as_it_was_written(string line)
    {
        Assert.Equal($"<p>{line}</p>", MarkdownFormatter.ToHtml(line));
    }

    [Theory]
    [InlineData("See www.example.org for code", "<a href=\"http://www.example.org\">www.example.org</a>")]
    [InlineData("Code: http://example.org/x", "<a href=\"http://example.org/x\">http://example.org/x</a>")]
    [InlineData("Mail mailto:a@example.org now", "<a href=\"mailto:a@example.org\">a@example.org</a>")]
    [InlineData("Scores 1 \"best\" in class", "1 &quot;best&quot; in")]
    [InlineData("Two  spaces and a line\nbreak", "line\nbreak")]
    public void Text_that_only_looks_plain_is_still_read_as_markdown(string text, string expected)
    {
        Assert.Contains(expected, MarkdownFormatter.ToHtml(text));
    }
}
