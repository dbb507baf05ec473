using System.Xml;

namespace PaperArchive.Checking;

/// <summary>
/// The files robots.txt and the sitemaps point to (<c>Sitemap:</c> lines, <c>&lt;loc&gt;</c> elements, following
/// sitemap indexes). Crawlers reach these without any page linking to them, so they are not orphans. The XML itself
/// is not checked: a sitemap that does not parse simply contributes what it listed before the error.
/// </summary>
internal static class CrawlerFiles
{
    public static IReadOnlySet<string> Referenced(SiteFiles files, SiteAddress address)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var sitemaps = new Queue<string>();
        if (files.Contains("robots.txt"))
        {
            foreach (var line in File.ReadLines(files.FullPath("robots.txt")))
            {
                var colon = line.IndexOf(':');
                if (colon > 0 && line[..colon].Trim().Equals("sitemap", StringComparison.OrdinalIgnoreCase))
                {
                    Add(line[(colon + 1)..]);
                }
            }
        }

        if (files.Contains("sitemap.xml"))
        {
            sitemaps.Enqueue("sitemap.xml");
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        while (sitemaps.TryDequeue(out var sitemap))
        {
            if (read.Add(sitemap))
            {
                foreach (var url in Locations(files.FullPath(sitemap)))
                {
                    Add(url);
                }
            }
        }

        return referenced;

        void Add(string url)
        {
            if (address.ResolveListed(url) is LinkTarget.Internal target && files.Contains(SiteFiles.FileOf(target.Path)))
            {
                var file = SiteFiles.FileOf(target.Path);
                referenced.Add(file);
                if (file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    sitemaps.Enqueue(file);
                }
            }
        }
    }

    private static List<string> Locations(string path)
    {
        var urls = new List<string>();
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "loc")
                {
                    urls.Add(reader.ReadElementContentAsString());
                }
            }
        }
        catch (XmlException)
        {
            // Not this command's business (see the summary); keep what was read.
        }

        return urls;
    }
}
