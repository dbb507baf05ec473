using System.Text.Json;
using PaperArchive.Checking;
using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;
using PaperArchive.Input;
using PaperArchive.Search.Client;
using PaperArchive.Tests.Enrichment;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>A two-paper site whose metadata files hold real arXiv records (from TestFiles/Arxiv/), built offline.</summary>
public sealed class EnrichedSiteFixture : IDisposable
{
    public static readonly string Quantum = PaperArchive.Text.Slugs.FromText("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit");
    public static readonly string Workshop = PaperArchive.Text.Slugs.FromText("Proceedings of Workshop AEW10: Concepts in Information Theory and Communications");

    private readonly TempFolder _input = new();

    public EnrichedSiteFixture()
    {
        WriteInput(_input);
        Build = new SiteBuild(_input.Path);
    }

    public SiteBuild Build { get; }

    /// <summary>The input: a listing of the two papers, and their metadata files as `archive enrich` writes them.</summary>
    public static void WriteInput(TempFolder input)
    {
        input.Write("site.yml", "title: Test Archive\nbase_url: https://archive.example\n");
        input.Write("listings/2025-12-12-physics.txt", Support.Listings.Page("Dec 12",
            Support.Listings.Entry("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit", abstractText: "A listing's own abstract."),
            Support.Listings.Entry("Proceedings of Workshop AEW10: Concepts in Information Theory and Communications", "Jul 27, 2017", abstractText: "Workshop proceedings.")));
        Store(input, Quantum, RecordedFeeds.Read("id-1111.2011v2.xml").Entries[0]);
        Store(input, Workshop, RecordedFeeds.Read("id-0808.05394-1707.08567.xml").Entries[0]);
    }

    private static void Store(TempFolder input, string slug, ArxivEntry entry) =>
        new MetadataStore(input.Path).Save(new PaperMetadata(slug, SourceLocation.Of(slug), MetadataStatus.Found) { PaperTitle = entry.Title, Arxiv = entry });

    public void Dispose()
    {
        Build.Dispose();
        _input.Dispose();
    }
}

public sealed class PaperAuthorsAndCitationTests(EnrichedSiteFixture fixture) : IClassFixture<EnrichedSiteFixture>
{
    private readonly SiteBuild _site = fixture.Build;

    private string PagePath(string slug) => $"papers/{slug}/index.html";

    [Fact]
    public void The_build_succeeds_offline_and_the_checker_finds_no_broken_link_or_orphan()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Diagnostics.Sorted()));
        var problems = new DiagnosticBag();
        SiteChecker.Check(CheckOptions.Default with { OutputDirectory = _site.Output, BaseUrl = "https://archive.example" }, problems);
        Assert.Empty(problems.Sorted());
    }

    [Fact]
    public void Pages_with_short_and_long_author_lists_and_the_cite_block_pass_html_validate()
    {
        var messages = HtmlValidateTests.Validate(_site.Output, [PagePath(EnrichedSiteFixture.Quantum), PagePath(EnrichedSiteFixture.Workshop)]);

        Assert.True(messages.Count == 0, string.Join("\n", messages));
    }

    [Fact]
    public void An_undated_paper_gets_arxivs_first_version_date_and_its_id_and_names_while_the_listings_abstract_stays()
    {
        var paper = _site.Result.Catalog!.FindBySlug(EnrichedSiteFixture.Quantum)!;

        Assert.Equal(new DateOnly(2011, 11, 8), paper.Published);
        Assert.Equal("1111.2011", paper.ArxivId);
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], paper.AuthorNames);
        Assert.Equal("A listing's own abstract.", paper.Abstract);
    }

    [Fact]
    public void A_paper_page_names_the_authors_and_carries_one_citation_author_each_with_the_arxiv_tags()
    {
        var page = _site.Page(PagePath(EnrichedSiteFixture.Quantum));

        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], page.QuerySelectorAll(".authors .author").Select(a => a.TextContent));
        Assert.Null(page.QuerySelector(".authors details"));
        string? Meta(string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], page.QuerySelectorAll("meta[name='citation_author']").Select(m => m.GetAttribute("content")));
        Assert.Equal("1111.2011", Meta("citation_arxiv_id"));
        Assert.Equal("https://arxiv.org/pdf/1111.2011", Meta("citation_pdf_url"));
        Assert.Equal("10.1103/PhysRevB.85.115117", Meta("citation_doi"));
        Assert.Equal("2011/11/08", Meta("citation_publication_date"));
        Assert.NotNull(Meta("citation_title"));
    }

    [Fact]
    public void The_json_ld_names_each_author_as_a_person_and_the_arxiv_page_as_the_same_work()
    {
        var script = _site.Page(PagePath(EnrichedSiteFixture.Quantum)).QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);

        var authors = json.RootElement.GetProperty("author").EnumerateArray().ToList();
        Assert.All(authors, a => Assert.Equal("Person", a.GetProperty("@type").GetString()));
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], authors.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("https://arxiv.org/abs/1111.2011", json.RootElement.GetProperty("sameAs").GetString());
    }

    [Fact]
    public void A_long_author_list_shows_the_first_ten_and_the_rest_in_details_that_open_without_javascript()
    {
        var page = _site.Page(PagePath(EnrichedSiteFixture.Workshop));

        Assert.Equal(10, page.QuerySelectorAll(".authors > p .author").Length);
        var details = page.QuerySelector(".authors details")!;
        Assert.Equal("and 24 more authors", details.QuerySelector("summary")!.TextContent);
        Assert.Equal(24, details.QuerySelectorAll(".author").Length);
        Assert.Equal("Dirk Wübben", details.QuerySelectorAll(".author")[^2].TextContent);
        Assert.Equal(34, page.QuerySelectorAll("meta[name='citation_author']").Length);
    }

    [Fact]
    public void The_cite_block_shows_an_arxiv_bibtex_entry_and_links_the_same_text_as_cite_bib()
    {
        var page = _site.Page(PagePath(EnrichedSiteFixture.Quantum));
        var shown = page.QuerySelector(".cite pre code")!.TextContent;
        var file = _site.Text($"papers/{EnrichedSiteFixture.Quantum}/cite.bib");

        Assert.Equal(file, shown);
        Assert.Equal(
            "@misc{murray2011quantum,\n" +
            "  title = {{Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit}},\n" +
            "  author = {James M. Murray and Adrian Del Maestro and Zlatko Tesanovic},\n" +
            "  year = {2011},\n" +
            "  eprint = {1111.2011},\n" +
            "  archivePrefix = {arXiv},\n" +
            "  primaryClass = {cond-mat.str-el},\n" +
            "  doi = {10.1103/PhysRevB.85.115117},\n" +
            "  url = {https://arxiv.org/abs/1111.2011},\n" +
            "}\n", file);
        Assert.Equal("cite.bib", SiteBuild.Resolve(PagePath(EnrichedSiteFixture.Quantum), page.QuerySelector(".cite a[download]")!.GetAttribute("href")!)?.Split('/')[^1]);
    }

    [Fact]
    public void Every_feed_carries_the_authors()
    {
        var rss = _site.Text("feed.xml");
        var atom = _site.Text("atom.xml");
        using var json = JsonDocument.Parse(_site.Text("feed.json"));

        Assert.Contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"", rss);
        Assert.Contains("<dc:creator>Adrian Del Maestro</dc:creator>", rss);
        System.Xml.Linq.XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = System.Xml.Linq.XDocument.Parse(atom).Root!.Elements(a + "entry").Single(e => e.Element(a + "title")!.Value.StartsWith("Quantum", StringComparison.Ordinal));
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], entry.Elements(a + "author").Select(x => x.Element(a + "name")!.Value));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString()!.StartsWith("Quantum", StringComparison.Ordinal));
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], item.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public void Searching_an_authors_name_finds_their_papers_and_a_result_has_the_first_authors()
    {
        var index = new IndexReplay(Path.Combine(_site.Output, "search", "index"));

        Assert.Equal([EnrichedSiteFixture.Quantum], index.Search("tesanovic").Slugs);
        Assert.Equal([EnrichedSiteFixture.Workshop], index.Search("wubben").Slugs);
        Assert.Equal([EnrichedSiteFixture.Quantum], index.Search("adrian del maestro").Slugs);
        var chunk = Directory.EnumerateFiles(Path.Combine(_site.Output, "search", "index"), "*.json", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Single(t => t.Contains("Schouhamer", StringComparison.Ordinal));
        Assert.Contains("\"Kees A. Schouhamer Immink, Stan Baggen, Ferdaous Chaabane et al.\"", chunk);
    }
}
