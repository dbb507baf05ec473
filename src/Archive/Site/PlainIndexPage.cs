using System.Net;
using System.Text;
using PaperArchive.Catalog;
using PaperArchive.Configuration;
using PaperArchive.Output;

namespace PaperArchive.Site;

/// <summary>A plain index of every paper; the themed site replaces it.</summary>
public static class PlainIndexPage
{
    public static OutputFile Render(SiteConfig config, PaperCatalog catalog)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"").Append(WebUtility.HtmlEncode(config.Language)).Append("\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(config.Title)).Append("</title></head>\n<body>\n<h1>")
            .Append(WebUtility.HtmlEncode(config.Title)).Append("</h1>\n<ul>\n");
        foreach (var paper in catalog.Papers)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(paper.Title)).Append("</li>\n");
        }

        html.Append("</ul>\n</body>\n</html>\n");
        return OutputFile.Text("index.html", html.ToString());
    }
}
