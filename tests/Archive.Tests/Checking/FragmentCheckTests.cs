namespace PaperArchive.Tests.Checking;

public sealed class FragmentCheckTests
{
    private const int Body = CraftedSite.FirstBodyLine;

    [Fact]
    public void A_fragment_the_target_page_has_no_element_for_is_reported_at_the_link()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/y/index.html", CraftedSite.Page("""
            <a href="../../">home</a>
            <a href="../x/#method">fine</a> <a href="../x/#results">broken</a>
            """));
        site.Write("index.html", site.ReadIndexWith("""<a href="papers/y/">Y</a>"""));

        var diagnostics = site.Check();

        Assert.Equal([$"papers/y/index.html({Body + 1},33): error ARC0805: <a href=\"../x/#results\"> points to #results, but papers/x/index.html has no element with that id."], diagnostics);
    }

    [Fact]
    public void A_fragment_within_the_same_page_is_checked_against_its_own_ids()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2><a href="../../">home</a>
            <a href="#method">ok</a> <a href="index.html#method">ok</a> <a href="#Method">wrong case</a>
            """));

        var diagnostics = site.Check();

        Assert.Equal([$"papers/x/index.html({Body + 1},61): error ARC0805: <a href=\"#Method\"> points to #Method, but this page has no element with that id."], diagnostics);
    }

    [Fact]
    public void Named_anchors_empty_fragments_top_and_encoded_fragments_are_valid_targets()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""
            <h2 id="method">M</h2><a href="../../">home</a>
            <a name="legacy"></a><h3 id="r&#233;sum&#233;">R</h3>
            <a href="#legacy">a</a> <a href="#">b</a> <a href="#top">c</a> <a href="#TOP">d</a> <a href="#r%C3%A9sum%C3%A9">e</a>
            """));

        Assert.Empty(site.Check());
    }

    [Fact]
    public void Fragments_of_files_that_are_not_pages_are_not_checked()
    {
        using var site = CraftedSite.Clean();
        site.Write("papers/x/index.html", CraftedSite.Page("""<h2 id="method">M</h2><a href="../../">home</a><img src="../../assets/logo.png#xywh=0,0,10,10" alt="">"""));

        Assert.Empty(site.Check());
    }
}
