using System.Xml;

namespace PaperArchive.Feeds;

/// <summary>Writes a channel as RSS 2.0 (rssboard.org), with <c>atom:link rel="self"</c> as the RSS Best Practices Profile asks.</summary>
internal static class RssWriter
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(FeedChannel channel) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, FeedXml.AtomNamespace);
        if (channel.Items.Any(i => i.Authors.Count > 0))
        {
            xml.WriteAttributeString("xmlns", "dc", null, DublinCore);
        }

        xml.WriteStartElement("channel");
        FeedXml.Element(xml, "title", channel.Title);
        FeedXml.Element(xml, "link", channel.HomePageUrl);
        FeedXml.Element(xml, "description", channel.Description);
        if (channel.Language.Length > 0)
        {
            FeedXml.Element(xml, "language", channel.Language);
        }

        FeedXml.Element(xml, "pubDate", FeedDates.Rfc822(channel.Updated));
        FeedXml.Element(xml, "lastBuildDate", FeedDates.Rfc822(channel.Updated));
        FeedXml.Element(xml, "generator", "Paper Archive");
        FeedXml.Element(xml, "docs", "https://www.rssboard.org/rss-specification");
        xml.WriteStartElement("atom", "link", FeedXml.AtomNamespace);
        xml.WriteAttributeString("href", channel.Links.RssUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        foreach (var item in channel.Items)
        {
            WriteItem(xml, item);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    private static void WriteItem(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("item");
        FeedXml.Element(xml, "title", item.Title);
        FeedXml.Element(xml, "link", item.Url);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(item.Id);
        xml.WriteEndElement();
        FeedXml.Element(xml, "description", HtmlText.Encode(item.Summary));
        foreach (var author in item.Authors)
        {
            // RSS's own <author> wants an e-mail address; Dublin Core's creator is the name, one element per author.
            xml.WriteElementString("dc", "creator", DublinCore, author);
        }

        foreach (var category in item.Categories)
        {
            FeedXml.Element(xml, "category", category.Label);
        }

        FeedXml.Element(xml, "pubDate", FeedDates.Rfc822(item.Added));
        xml.WriteEndElement();
    }
}
