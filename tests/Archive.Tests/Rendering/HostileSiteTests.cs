using System.Text.Json;
using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

public sealed class HostileSiteFixture : IDisposable
{
    public SiteBuild Build { get; } = new(Path.Combine(RepoPaths.TestFiles, "Hostile", "input"));

    public void Dispose() => Build.Dispose();
}

/// <summary>The hostile fixture's titles and abstracts try to break out of every context; the pages must keep them as text.</summary>
public sealed class HostileSiteTests(HostileSiteFixture fixture) : IClassFixture<HostileSiteFixture>
{
    private readonly SiteBuild _site = fixture.Build;

    [Fact]
    public void The_hostile_input_builds()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Diagnostics.Sorted()));
    }

    [Fact]
    public void No_page_has_a_script_other_than_json_ld_and_the_sites_own_modules()
    {
        foreach (var file in _site.HtmlFiles())
        {
            foreach (var script in _site.Page(file).Scripts)
            {
                Assert.True(
                    script.Type == "application/ld+json" ||
                    (script.Type == "module" && System.Text.RegularExpressions.Regex.IsMatch(script.Source ?? string.Empty, @"assets/js/(shortcut|search/page)\.[0-9a-f]{8}\.js$")),
                    $"{file}: {script.OuterHtml}");
            }
        }
    }

    [Fact]
    public void No_element_has_an_event_handler_attribute_or_a_javascript_link()
    {
        foreach (var file in _site.HtmlFiles())
        {
            foreach (var element in _site.Page(file).All)
            {
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                var href = element.GetAttribute("href")?.Trim() ?? string.Empty;
                Assert.False(href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{file}: {element.OuterHtml}");
            }
        }
    }

    [Theory]
    [InlineData("<script>window.__pwned = 1</script> Script Title")]
    [InlineData("Attribute \"><img src=x onerror=\"window.__pwned=3\"> Breakout")]
    [InlineData("Handlebars {{root}} and {{{body}}} Injection")]
    public void A_hostile_title_is_shown_as_the_same_text_in_the_heading_meta_tags_and_json_ld(string title)
    {
        var file = _site.HtmlFiles().Single(f => f.StartsWith("papers/", StringComparison.Ordinal) && _site.Page(f).QuerySelector("h1")?.TextContent == title);
        var page = _site.Page(file);
        Assert.Equal(title, page.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"));
        Assert.Equal(title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(title, page.QuerySelector("meta[name='twitter:title']")!.GetAttribute("content"));
        Assert.StartsWith(title, page.Title);
        var jsonLd = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("</script", jsonLd, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(title, JsonDocument.Parse(jsonLd).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Template_syntax_in_a_title_appears_literally_and_is_never_evaluated()
    {
        var html = _site.Text("papers/handlebars-root-and-body-injection/index.html");
        Assert.Contains("<h1>Handlebars {{root}} and {{{body}}} Injection</h1>", html);
        Assert.Contains("Template syntax {{#each papers}}{{/each}} in an abstract", html);
    }

    [Fact]
    public void A_javascript_link_in_an_abstract_stays_text_while_a_web_address_becomes_a_link()
    {
        var page = _site.Page("papers/attribute-img-src-x-onerror-window-pwned-3-breakout/index.html");
        var abstractSection = page.QuerySelector(".abstract")!;
        Assert.Contains("javascript:alert(1)", abstractSection.TextContent);
        var link = Assert.Single(abstractSection.QuerySelectorAll("a"));
        Assert.Equal("https://example.org/ok", link.GetAttribute("href"));
        var markdown = _site.Page("papers/melange-diacritics-and-umlauts-in-titles/index.html").QuerySelector(".abstract")!;
        Assert.Empty(markdown.QuerySelectorAll("a"));
        Assert.Contains("[a link](javascript:alert(4))", markdown.TextContent);
    }

    [Fact]
    public void No_page_contains_a_control_character()
    {
        foreach (var file in _site.HtmlFiles())
        {
            Assert.DoesNotContain(_site.Text(file), c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        }
    }

    [Fact]
    public void The_site_title_with_markup_characters_is_escaped_everywhere()
    {
        var page = _site.Page("index.html");
        Assert.Equal("Hostile <Archive> & \"Friends\"", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Hostile <Archive> & \"Friends\"", page.Title);
        Assert.Empty(page.QuerySelectorAll("archive"));
    }
}
