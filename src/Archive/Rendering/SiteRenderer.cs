using PaperArchive.Output;
using PaperArchive.Site;

namespace PaperArchive.Rendering;

/// <summary>Renders every page of the site through the theme. (Placeholder: the plain index page.)</summary>
public static class SiteRenderer
{
    public static IEnumerable<OutputFile> Render(SiteContent content, SiteTheme theme)
    {
        yield return PlainIndexPage.Render(content.Config, content.Catalog);
    }
}
