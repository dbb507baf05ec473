using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>
/// Every HTML page of the site, in a fixed order, as a lazy sequence: a page's model is made only when the
/// renderer asks for it, so a big archive is never held in memory as pages.
/// </summary>
public static class SitePages
{
    public static IEnumerable<SitePage> Enumerate(SiteModel site)
    {
        var heads = new HeadFactory(site.Info);
        var config = site.Content.Config;
        var last = site.LastModified;

        yield return new SitePage(SiteUrls.Home, Layouts.Home, last, () => new HomePage(
            heads.Make(SiteUrls.Home, config.Title, config.Description, SiteUrls.Home),
            site.Latest,
            site.Themes.Where(t => t.HasPage).Select(t => t.Link).ToList(),
            site.Chart,
            site.Content.Catalog.Listings.Count,
            site.Papers.Count));

        foreach (var paper in site.Papers)
        {
            // Gathered once for both the fingerprint and the model; a page is made on one thread.
            var inputs = new Lazy<PaperPageInputs>(() => PaperPageInputs.Of(site, paper), LazyThreadSafetyMode.None);
            yield return new SitePage(SiteUrls.Paper(paper.Slug), Layouts.Paper, paper.Added, () => PaperPageBuilder.Build(heads, inputs.Value))
            {
                Inputs = () => inputs.Value,
            };
        }

        foreach (var page in ListPages.Paginate(heads, "papers", SiteUrls.AllPapers, "All papers", SiteUrls.AllPapers,
                     $"Every paper in the archive, newest first.", new PaperGroup(site.All, last), []))
        {
            yield return page;
        }

        foreach (var page in ThemePages(site, heads))
        {
            yield return page;
        }

        foreach (var page in DatePages.Enumerate(site, heads))
        {
            yield return page;
        }

        yield return new SitePage(SiteUrls.About, Layouts.About, last, () => new AboutPage(
            heads.Make(SiteUrls.About, "About this archive", $"How {config.Title} is made: {config.Description}", SiteUrls.About),
            site.Content.Catalog.Listings
                .Select(l => new LinkItem(config.ListingFor(l.File)?.Title ?? l.File, SiteUrls.AddedOn(l.Captured), l.Entries.Count, l.File))
                .ToList(),
            site.Themes.Count(t => t.HasPage),
            site.Papers.Count));
        yield return new SitePage(SiteUrls.Subscribe, Layouts.Subscribe, last, () => new SubscribePage(
            heads.Make(SiteUrls.Subscribe, "Subscribe", $"Follow {config.Title} and each of its research themes by RSS, Atom or JSON Feed.", SiteUrls.Subscribe),
            heads.ArchiveFeeds,
            site.Themes.Where(t => t.HasPage)
                .Select(t => new ThemeFeeds(t.Theme.Name, t.Link.Path, HeadFactory.FeedsIn(t.Link.Path, t.Theme.Name)))
                .ToList(),
            SiteUrls.Opml));
        yield return new SitePage(SiteUrls.Search, Layouts.Search, last, () => new PlainPage(
            heads.Make(SiteUrls.Search, "Search", $"Search the {DateText.Papers(site.Papers.Count)} of {config.Title} by title, abstract and theme.", string.Empty)));
        yield return new SitePage(SiteUrls.NotFound, Layouts.NotFound, last, () => new PlainPage(
            heads.Make(SiteUrls.NotFound, "Page not found", "There is no page at this address.", string.Empty) with
            {
                Root = SiteUrls.BasePath(config.BaseUrl),
                Indexable = false,
            }));
    }

    private static IEnumerable<SitePage> ThemePages(SiteModel site, HeadFactory heads)
    {
        yield return new SitePage(SiteUrls.Themes, Layouts.Index, site.LastModified, () => new IndexPage(
            heads.Make(SiteUrls.Themes, "Research themes", $"The research themes of {site.Info.Title}, with the number of papers in each.", SiteUrls.Themes),
            "Each paper belongs to one or more themes; papers no theme matched are under “Other”.",
            [new LinkGroup("All themes", null, site.Papers.Count, site.Themes.Where(t => t.HasPage).Select(t => t.Link).ToList())],
            []));
        foreach (var theme in site.Themes.Where(t => t.HasPage))
        {
            var path = theme.Link.Path;
            var feeds = HeadFactory.FeedsIn(path, theme.Theme.Name);
            var description = string.IsNullOrWhiteSpace(theme.Theme.Description)
                ? $"Papers on {theme.Theme.Name} in {site.Info.Title}."
                : theme.Theme.Description;
            foreach (var page in ListPages.Paginate(heads, "theme", path, theme.Theme.Name, SiteUrls.Themes, description, theme.Group,
                         [new LinkItem("Themes", SiteUrls.Themes, 0)], feeds, theme.Chart))
            {
                yield return page;
            }
        }
    }
}
