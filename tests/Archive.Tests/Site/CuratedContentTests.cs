using System.Text;
using AngleSharp.Html.Parser;
using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Diagnostics;
using PaperArchive.Rendering;
using PaperArchive.Sitemap;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>What the other stages add to the content (notes, hidden papers, themes, related papers) shows on the pages.</summary>
public sealed class CuratedContentTests
{
    private static readonly Dictionary<string, string> Pages = Render();

    [Fact]
    public void A_hidden_paper_gets_no_page_and_appears_in_no_list()
    {
        Assert.DoesNotContain("papers/reward-models-disagree/index.html", Pages.Keys);
        Assert.All(Pages.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)), p => Assert.DoesNotContain("reward-models-disagree", p.Value));
        Assert.DoesNotContain("reward-models-disagree", Pages["sitemap.xml"]);
    }

    [Fact]
    public void A_curators_note_is_rendered_from_markdown()
    {
        var page = new HtmlParser().ParseDocument(Pages["papers/aligning-language-models-with-human-values/index.html"]);
        var note = page.QuerySelector("section.note")!;
        Assert.Equal("must read", note.QuerySelector("strong")!.TextContent);
        Assert.Empty(note.QuerySelectorAll("script"));
    }

    [Fact]
    public void Related_papers_and_themes_link_to_their_pages()
    {
        var page = new HtmlParser().ParseDocument(Pages["papers/aligning-language-models-with-human-values/index.html"]);
        var related = page.QuerySelectorAll(".related .paper-item-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../papers/preference-data-at-scale/", "../../papers/explaining-decisions-of-vision-transformers/"], related);
        Assert.Equal(["../../themes/alignment/"], page.QuerySelectorAll(".chips a").Select(a => a.GetAttribute("href")));
        Assert.Contains("themes/alignment/index.html", Pages.Keys);
        Assert.Contains("themes/alignment/feed.xml", new HtmlParser().ParseDocument(Pages["themes/alignment/index.html"]).Head!.InnerHtml);
    }

    [Fact]
    public void A_paper_with_an_arxiv_id_links_its_abstract_pdf_and_hugging_face_page()
    {
        var page = new HtmlParser().ParseDocument(Pages["papers/preference-data-at-scale/index.html"]);
        var links = page.QuerySelectorAll(".paper-side a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://arxiv.org/abs/2410.05434", links);
        Assert.Contains("https://arxiv.org/pdf/2410.05434", links);
        Assert.Contains("https://huggingface.co/papers/2410.05434", links);
        Assert.Equal("https://arxiv.org/pdf/2410.05434", page.QuerySelector("meta[name=citation_pdf_url]")!.GetAttribute("content"));
        Assert.Null(new HtmlParser().ParseDocument(Pages["papers/aligning-language-models-with-human-values/index.html"]).QuerySelector("meta[name=citation_pdf_url]"));
    }

    [Fact]
    public void An_empty_other_theme_gets_no_page()
    {
        Assert.DoesNotContain("themes/other/index.html", Pages.Keys);
    }

    private static Dictionary<string, string> Render()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = Path.Combine(RepoPaths.TestFiles, "Site", "input") }, diagnostics);
        var papers = loaded.Catalog.Papers.Select(p => p.Slug switch
        {
            "aligning-language-models-with-human-values" => p with { Note = "A **must read**. <script>alert(1)</script>", Themes = ["alignment"] },
            "reward-models-disagree" => p with { Hidden = true },
            "preference-data-at-scale" => p with { ArxivId = "2410.05434", Themes = ["alignment"] },
            _ => p with { Themes = ["alignment"] },
        }).ToList();
        var catalog = loaded.Catalog.WithPapers(papers);
        Paper Find(string slug) => catalog.FindBySlug(slug)!;
        var themes = new List<ResearchTheme>
        {
            new("alignment", "Alignment", "Making models do what people want.", papers),
            new(ResearchTheme.OtherSlug, "Other", "Papers that no theme matched.", [], IsOther: true),
        };
        var related = new RelatedPapers(new Dictionary<string, IReadOnlyList<Paper>>
        {
            [Find("aligning-language-models-with-human-values").Id] =
                [Find("reward-models-disagree"), Find("preference-data-at-scale"), Find("explaining-decisions-of-vision-transformers")],
        });
        var content = new PaperArchive.Site.SiteContent(loaded.Config, catalog, themes, related);
        var templates = TemplateSet.Compile(RepoPaths.ShippedTemplates, diagnostics);
        var site = PaperArchive.Site.SiteModelBuilder.Build(content);
        TemplateCheck.Run(templates, site, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return SiteRenderer.Render(site, templates).Concat(SitemapBuilder.Build(site)).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));
    }
}
