using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

/// <summary>A curator's theme written against the pagination fields as they were before numbered pages counted from
/// the oldest (<c>pages.current</c> of <c>pages.total</c>, previous/next, first/last) still builds and links.</summary>
public sealed class OldPaginationThemeTests
{
    // The shipped theme's list page meta and pagination partial before the change, as a curator's copy would have them.
    private const string OldPageMeta =
        "<p class=\"page-meta\">{{totalText}}{{#if pages.isPaged}} · page {{pages.current}} of {{pages.total}}{{/if}}</p>";

    private const string OldPagination = """
        {{#if isPaged}}
        <nav class="pagination" aria-label="Pages">
        {{#if previous}}
        <a class="page-link" href="{{url first}}">First</a>
        <a class="page-link" rel="prev" href="{{url previous}}">← Previous</a>
        {{/if}}
        <span class="page-current">Page {{current}} of {{total}}</span>
        {{#if next}}
        <a class="page-link" rel="next" href="{{url next}}">Next →</a>
        <a class="page-link" href="{{url last}}">Last</a>
        {{/if}}
        </nav>
        {{/if}}

        """;

    [Fact]
    public void A_theme_built_against_the_old_pagination_fields_still_renders_every_list_page()
    {
        using var templates = new TempFolder();
        FolderCopy.Copy(RepoPaths.ShippedTemplates, templates.Path);
        var list = File.ReadAllText(Path.Combine(templates.Path, "layouts", "list.hbs"));
        var meta = list.Split('\n').Single(l => l.StartsWith("<p class=\"page-meta\">", StringComparison.Ordinal));
        templates.Write("layouts/list.hbs", list.Replace(meta, OldPageMeta, StringComparison.Ordinal));
        templates.Write("partials/pagination.hbs", OldPagination);

        using var site = new SiteBuild(RepoPaths.ShippedInput, templates.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.Sorted()));
        var root = site.Page("papers/index.html");
        Assert.StartsWith($"{BuiltSites.ShippedPaperCount} papers · page ", root.QuerySelector(".page-meta")!.TextContent, StringComparison.Ordinal);
        var oldest = site.Page("papers/page/1/index.html");
        Assert.Equal("papers/index.html", SiteBuild.Resolve("papers/page/1/index.html", oldest.QuerySelector("a.page-link")!.GetAttribute("href")!));
        Assert.Equal(50, oldest.QuerySelectorAll("main .paper-list > li").Length);
    }
}
