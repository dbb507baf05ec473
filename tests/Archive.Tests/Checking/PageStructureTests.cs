namespace PaperArchive.Tests.Checking;

public sealed class PageStructureTests
{
    private const int Body = CraftedSite.FirstBodyLine;

    [Fact]
    public void A_duplicate_id_is_reported_at_its_second_use_naming_the_first()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">Method</h2><a href="../../">home</a>
            <section>
              <h3 id="method">Method, again</h3>
            </section>
            """));

        var diagnostics = site.Check();

        Assert.Equal([$"papers/x/index.html({Body + 2},3): error ARC0807: The id \"method\" is already used at line {Body}, column 1; ids must be unique in a page."], diagnostics);
    }

    [Fact]
    public void An_image_without_alt_is_reported_but_an_empty_alt_is_fine()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2><a href="../../">home</a>
            <img src="../../assets/logo.png" alt="">
            <p>Figure: <img src="../../assets/logo.png"></p>
            """));

        var diagnostics = site.Check();

        Assert.Equal([$"papers/x/index.html({Body + 2},12): error ARC0808: The image has no alt attribute; describe it, or write alt=\"\" if it is only decoration."], diagnostics);
    }

    [Theory]
    [InlineData("papers/x/index.html")]
    [InlineData("404.html")]
    public void A_page_with_an_empty_title_is_reported_at_its_head(string page)
    {
        using var site = CraftedSite.Clean();
        site.Write(page, CraftedSite.Page("""<h2 id="method">M</h2><a href="/">home</a>""", title: "  "));

        var diagnostics = site.Check();

        Assert.Equal([$"{page}(3,1): error ARC0809: The page has no <title>, or an empty one."], diagnostics);
    }

    [Fact]
    public void A_page_without_any_head_is_reported_at_its_start()
    {
        using var site = CraftedSite.Clean();
        site.Write("404.html", "<!doctype html>\n<p>Not found. <a href=\"/\">Home</a></p>\n");

        var diagnostics = site.Check();

        Assert.Equal(
            ["404.html(1,1): error ARC0809: The page has no <title>, or an empty one.",
             "404.html(1,1): error ARC0810: The page has no <meta name=\"description\" content=\"...\">, or an empty one."],
            diagnostics);
    }

    [Theory]
    [InlineData("papers/x/index.html")]
    [InlineData("404.html")]
    public void A_page_with_an_empty_description_is_reported_at_its_head(string page)
    {
        using var site = CraftedSite.Clean();
        site.Write(page, CraftedSite.Page("""<h2 id="method">M</h2><a href="/">home</a>""", description: ""));

        var diagnostics = site.Check();

        Assert.Equal([$"{page}(3,1): error ARC0810: The page has no <meta name=\"description\" content=\"...\">, or an empty one."], diagnostics);
    }
}
