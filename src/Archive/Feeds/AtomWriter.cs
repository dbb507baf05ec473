using System.Xml;

namespace PaperArchive.Feeds;

/// <summary>
/// Writes a channel as Atom 1.0 (RFC 4287). An entry's <c>updated</c> is the day the paper was added to the
/// archive and <c>published</c> the paper's own publication date, when known.
/// </summary>
internal static class AtomWriter
{
    public static byte[] Write(FeedChannel channel) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("feed", FeedXml.AtomNamespace);
        xml.WriteAttributeString("xmlns", FeedXml.AtomNamespace);
        if (channel.Language.Length > 0)
        {
            xml.WriteAttributeString("xml", "lang", null, channel.Language);
        }

        FeedXml.Element(xml, "id", channel.Id);
        FeedXml.Element(xml, "title", channel.Title);
        if (channel.Description.Length > 0)
        {
            FeedXml.Element(xml, "subtitle", channel.Description);
        }

        FeedXml.Element(xml, "updated", FeedDates.Rfc3339(channel.Updated));
        xml.WriteStartElement("author");
        FeedXml.Element(xml, "name", channel.Author);
        xml.WriteEndElement();
        Link(xml, "self", "application/atom+xml", channel.Links.AtomUrl);
        Link(xml, "alternate", "text/html", channel.HomePageUrl);
        FeedXml.Element(xml, "generator", "Paper Archive");
        foreach (var item in channel.Items)
        {
            WriteEntry(xml, item);
        }

        xml.WriteEndElement();
    });

    private static void WriteEntry(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("entry");
        FeedXml.Element(xml, "id", item.Id);
        FeedXml.Element(xml, "title", item.Title);
        foreach (var author in item.Authors)
        {
            xml.WriteStartElement("author");
            FeedXml.Element(xml, "name", author);
            xml.WriteEndElement();
        }

        Link(xml, "alternate", "text/html", item.Url);
        if (item.ArxivUrl is { } arxiv)
        {
            Link(xml, "related", "text/html", arxiv);
        }

        FeedXml.Element(xml, "updated", FeedDates.Rfc3339(item.Added));
        if (item.Published is { } published)
        {
            FeedXml.Element(xml, "published", FeedDates.Rfc3339(published));
        }

        FeedXml.Element(xml, "summary", item.Summary);
        foreach (var category in item.Categories)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", category.Term);
            xml.WriteAttributeString("label", category.Label);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
