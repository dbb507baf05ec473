using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>The shipped site as a whole: it builds, every paper has a page, and every page can be reached.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ShippedSiteLinkTests(ShippedSiteFixture fixture)
{
    private readonly SiteBuild _site = fixture.Build;

    [Fact]
    public void The_shipped_input_builds_without_errors()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Diagnostics.Sorted()));
    }

    [Fact]
    public void Every_shipped_paper_has_a_page()
    {
        Assert.Equal(BuiltSites.ShippedPaperCount, fixture.PaperPages.Count());
    }

    [Fact]
    public void Every_paper_is_linked_from_some_theme_page_and_some_date_page()
    {
        var fromThemes = LinkedPapers(f => f.StartsWith("themes/", StringComparison.Ordinal));
        var fromDates = LinkedPapers(f => f.StartsWith("dates/", StringComparison.Ordinal));
        foreach (var paper in fixture.PaperPages)
        {
            Assert.Contains(paper, fromThemes);
            Assert.Contains(paper, fromDates);
        }
    }

    [Fact]
    public void Every_paper_is_reachable_from_the_home_page()
    {
        var reached = new HashSet<string> { "index.html" };
        var queue = new Queue<string>(reached);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            foreach (var target in fixture.InternalLinks(page).Where(t => t.EndsWith(".html", StringComparison.Ordinal) && _site.Exists(t)))
            {
                if (reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.All(fixture.PaperPages, p => Assert.Contains(p, reached));
    }

    [Fact]
    public void Every_internal_link_and_asset_of_every_page_resolves_to_a_file()
    {
        var missing = _site.HtmlFiles()
            .Where(f => f != "404.html")
            .SelectMany(f => fixture.InternalLinks(f).Select(t => (Page: f, Target: t)))
            .Where(l => !IsFeedOrIndex(l.Target) && !_site.Exists(l.Target))
            .Distinct()
            .Take(10)
            .ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private HashSet<string> LinkedPapers(Func<string, bool> fromPage) =>
        _site.HtmlFiles().Where(fromPage)
            .SelectMany(fixture.InternalLinks)
            .Where(t => t.StartsWith("papers/", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

    // Feeds, the OPML file and the search index come from other stages; a page may link them before they exist.
    private static bool IsFeedOrIndex(string target) =>
        target.EndsWith("feed.xml", StringComparison.Ordinal) || target.EndsWith("atom.xml", StringComparison.Ordinal) ||
        target.EndsWith("feed.json", StringComparison.Ordinal) || target == "feeds.opml" || target.StartsWith("search/index/", StringComparison.Ordinal);
}
