using PaperArchive.Catalog;
using PaperArchive.Site.Pages;
using PaperArchive.Text;

namespace PaperArchive.Site;

/// <summary>The model of one paper's page: its text, where it came from, related papers, look-up links and the
/// metadata Google Scholar, OpenGraph and JSON-LD readers expect; made from its <see cref="PaperPageInputs"/> and the
/// site-wide facts only.</summary>
internal static class PaperPageBuilder
{
    public static PaperPage Build(HeadFactory heads, PaperPageInputs inputs)
    {
        var (paper, summary) = (inputs.Paper, inputs.Summary);
        var description = paper.Abstract is { } abstractText
            ? PlainText.Excerpt(abstractText, 160)
            : $"{PlainText.Clean(paper.Title)}: the abstract of this paper is not known yet.";
        var head = heads.Make(summary.Path, summary.Title, description, SiteUrls.AllPapers) with
        {
            OgType = "article",
            Meta = Meta(heads.Site, paper, summary),
            JsonLd = JsonLdOf(heads.Site, paper, summary, description),
        };
        return new PaperPage(
            head,
            summary,
            paper.Abstract is { } known ? MarkdownFormatter.ToHtml(PlainText.Clean(known)) : null,
            paper.Note is { } note && !string.IsNullOrWhiteSpace(note) ? MarkdownFormatter.ToHtml(PlainText.Clean(note)) : null,
            paper.Organization is { } organization ? PlainText.Clean(organization) : null,
            paper.Authors is { } n ? (n == 1 ? "1 author" : $"{n} authors") : null,
            inputs.Sources,
            inputs.Related,
            ArxivLinks(paper),
            Lookups(summary.Title))
        {
            AuthorNames = AuthorList.Of(paper.AuthorNames.Select(PlainText.Clean).ToList()),
            Cite = new Citation(BibTex.Of(paper, SiteUrls.Absolute(heads.Site.BaseUrl, summary.Path)), SiteUrls.CiteFile(paper.Slug)),
        };
    }

    private static IReadOnlyList<ExternalLink> ArxivLinks(Paper paper) => paper.ArxivId is not { } id
        ? []
        :
        [
            new("arXiv abstract", $"https://arxiv.org/abs/{Uri.EscapeDataString(id)}"),
            new("PDF", $"https://arxiv.org/pdf/{Uri.EscapeDataString(id)}"),
            new("Hugging Face", $"https://huggingface.co/papers/{Uri.EscapeDataString(id)}"),
        ];

    private static IReadOnlyList<ExternalLink> Lookups(string title)
    {
        var query = Uri.EscapeDataString(title);
        return
        [
            new("arXiv", $"https://arxiv.org/search/?query={query}&searchtype=title"),
            new("Hugging Face", $"https://huggingface.co/papers?q={query}"),
            new("Google Scholar", $"https://scholar.google.com/scholar?q=%22{query}%22"),
        ];
    }

    private static IReadOnlyList<MetaTag> Meta(SiteInfo site, Paper paper, PaperSummary summary)
    {
        var canonical = SiteUrls.Absolute(site.BaseUrl, summary.Path);
        var published = paper.Published ?? paper.Added;
        var tags = new List<MetaTag> { new("citation_title", summary.Title) };
        tags.AddRange(paper.AuthorNames.Select(name => new MetaTag("citation_author", PlainText.Clean(name))));
        tags.AddRange(
        [
            new("citation_publication_date", published.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("citation_online_date", paper.Added.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("citation_abstract_html_url", canonical),
            new("citation_language", site.Language),
        ]);
        if (paper.Organization is { } organization)
        {
            tags.Add(new("citation_author_institution", PlainText.Clean(organization)));
        }

        if (paper.ArxivId is { } arxiv)
        {
            tags.Add(new("citation_arxiv_id", arxiv));
            tags.Add(new("citation_pdf_url", $"https://arxiv.org/pdf/{Uri.EscapeDataString(arxiv)}"));
        }

        if (paper.Arxiv?.Doi is { } doi)
        {
            tags.Add(new("citation_doi", doi));
        }

        if (summary.Themes.Count > 0)
        {
            tags.Add(new("citation_keywords", string.Join("; ", summary.Themes.Select(t => t.Label))));
        }

        return tags;
    }

    /// <remarks>The full abstract is already on the page; the JSON-LD carries the short description so that a
    /// big archive does not write every abstract twice.</remarks>
    private static string JsonLdOf(SiteInfo site, Paper paper, PaperSummary summary, string description) => JsonLd.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", "ScholarlyArticle");
        w.WriteString("headline", summary.Title);
        w.WriteString("name", summary.Title);
        w.WriteString("description", description);
        w.WriteString("url", SiteUrls.Absolute(site.BaseUrl, summary.Path));
        w.WriteString("dateCreated", summary.AddedIso);
        if (summary.PublishedIso is { } published)
        {
            w.WriteString("datePublished", published);
        }

        if (paper.AuthorNames.Count > 0)
        {
            w.WriteStartArray("author");
            foreach (var name in paper.AuthorNames)
            {
                w.WriteStartObject();
                w.WriteString("@type", "Person");
                w.WriteString("name", PlainText.Clean(name));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
        else if (paper.Organization is { } organization)
        {
            w.WriteStartObject("author");
            w.WriteString("@type", "Organization");
            w.WriteString("name", PlainText.Clean(organization));
            w.WriteEndObject();
        }

        if (paper.ArxivId is { } arxiv)
        {
            w.WriteString("identifier", $"arXiv:{arxiv}");
            w.WriteString("sameAs", $"https://arxiv.org/abs/{arxiv}");
        }

        if (summary.Themes.Count > 0)
        {
            w.WriteStartArray("keywords");
            foreach (var theme in summary.Themes)
            {
                w.WriteStringValue(theme.Label);
            }

            w.WriteEndArray();
        }

        if (paper.Upvotes is { } upvotes)
        {
            w.WriteStartObject("interactionStatistic");
            w.WriteString("@type", "InteractionCounter");
            w.WriteString("interactionType", "https://schema.org/LikeAction");
            w.WriteNumber("userInteractionCount", upvotes);
            w.WriteEndObject();
        }
        w.WriteStartObject("isPartOf");
        w.WriteString("@type", "WebSite");
        w.WriteString("name", site.Title);
        w.WriteString("url", SiteUrls.Absolute(site.BaseUrl, SiteUrls.Home));
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
