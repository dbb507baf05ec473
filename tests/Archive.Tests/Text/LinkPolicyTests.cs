using PaperArchive.Text;
using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Text;

/// <summary>One link policy for every piece of Markdown the site shows: only http, https and mailto targets become
/// links, whether written as an autolink, a link or a bare address, in an abstract or in a curator's note.</summary>
public sealed class LinkPolicyTests
{
    private const string HostileText =
        "Autolinks <javascript:alert(1)>, <JAVASCRIPT:alert(2)>, <data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==>, " +
        "<vbscript:msgbox(4)>, <file:///etc/passwd> and <ftp://files.example/x>; links [one](data:text/html,x), " +
        "[two](VBScript:msgbox(5)), [three](file:///etc/hosts); mail <mailto:curator@example.org> and <curator@example.org>; " +
        "web <https://example.org/paper> and https://example.org/code.";

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("<JavaScript:alert(1)>")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<file:///etc/passwd>")]
    [InlineData("<ftp://files.example/x>")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](tel:+100)")]
    [InlineData("[x](data:text/html,hi) then <javascript:alert(1)>")]
    [InlineData("<javascript:alert(1)> before [x](vbscript:msgbox(1))")]
    public void A_target_that_is_not_http_https_or_mailto_stays_text(string markdown)
    {
        var html = MarkdownFormatter.ToHtml(markdown);

        Assert.DoesNotContain("<a", html);
        Assert.DoesNotContain("href", html);
    }

    [Theory]
    [InlineData("<mailto:curator@example.org>", "mailto:curator@example.org")]
    [InlineData("<curator@example.org>", "mailto:curator@example.org")]
    [InlineData("[write to us](mailto:curator@example.org)", "mailto:curator@example.org")]
    [InlineData("<https://example.org/x>", "https://example.org/x")]
    [InlineData("[the paper](HTTP://example.org/x)", "HTTP://example.org/x")]
    public void An_http_https_or_mailto_target_becomes_a_link(string markdown, string href)
    {
        Assert.Contains($"href=\"{href}\"", MarkdownFormatter.ToHtml(markdown));
    }

    [Fact]
    public void An_abstract_and_a_curator_note_with_the_same_text_give_the_same_html_on_the_built_page()
    {
        using var folder = new TempFolder();
        folder.Write("input/listings/2025-12-08-links.txt",
            Support.Listings.Page("Dec 8", Support.Listings.Entry("Links In Every Form", "Feb 12", abstractText: HostileText)));
        folder.Write("input/papers/links-in-every-form.md", HostileText + "\n");
        using var build = new SiteBuild(folder.Combine("input"));

        Assert.True(build.Result.Succeeded, string.Join("\n", build.Diagnostics.Sorted()));
        var page = build.Page("papers/links-in-every-form/index.html");
        var @abstract = page.QuerySelector("section.abstract p")!;
        var note = page.QuerySelector("section.note p")!;
        Assert.Equal(@abstract.InnerHtml, note.InnerHtml);
        foreach (var section in new[] { "abstract", "note" })
        {
            Assert.Equal(
                ["mailto:curator@example.org", "mailto:curator@example.org", "https://example.org/paper", "https://example.org/code"],
                page.QuerySelectorAll($"section.{section} a").Select(a => a.GetAttribute("href")));
        }
    }
}
