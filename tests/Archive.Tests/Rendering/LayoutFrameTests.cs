using PaperArchive.Tests.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

/// <summary>The shipped layouts share one page frame (partials/frame.hbs); its slots reach the page.</summary>
public sealed class LayoutFrameTests(FixtureSiteFixture fixture) : IClassFixture<FixtureSiteFixture>
{
    private readonly SiteBuild _site = fixture.Build;

    [Fact]
    public void Every_page_is_one_whole_document_with_its_header_and_footer()
    {
        foreach (var file in _site.HtmlFiles())
        {
            var text = _site.Text(file);
            Assert.True(text.StartsWith("<!doctype html>\n", StringComparison.Ordinal), file);
            Assert.True(text.EndsWith("</body>\n</html>\n", StringComparison.Ordinal), file);
            var page = _site.Page(file);
            Assert.Single(page.QuerySelectorAll("body > header.site-header"));
            Assert.Single(page.QuerySelectorAll("body > footer.site-footer"));
        }
    }

    [Fact]
    public void The_search_page_preloads_its_index_manifest_from_the_head()
    {
        var preload = _site.Page("search/index.html").QuerySelector("link[rel=preload]");
        Assert.NotNull(preload);
        Assert.Equal("HEAD", preload.ParentElement!.TagName);
        Assert.Equal("../search/index/manifest.json", preload.GetAttribute("href"));
    }

    [Fact]
    public void A_list_page_keeps_the_class_its_layout_computes_for_the_body()
    {
        Assert.Equal("list-page list-theme", _site.Page("themes/alignment/index.html").Body!.ClassName);
        Assert.Equal("home", _site.Page("index.html").Body!.ClassName);
    }

    [Fact]
    public void A_template_folder_whose_layout_writes_the_whole_page_itself_still_builds()
    {
        using var templates = new TempFolder();
        FolderCopy.Copy(RepoPaths.ShippedTemplates, templates.Path);
        templates.Write("layouts/about.hbs", "<!doctype html>\n<html lang=\"{{head.site.language}}\">\n<head>\n{{> head}}\n</head>\n<body>\n<main id=\"main\"><h1>{{head.heading}}</h1></main>\n</body>\n</html>\n");
        using var site = new SiteBuild(Path.Combine(RepoPaths.TestFiles, "Site", "input"), templates.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.Sorted()));
        Assert.Equal("About this archive", site.Page("about/index.html").QuerySelector("h1")!.TextContent);
    }
}
