namespace PaperArchive.Feeds;

/// <summary>
/// Writes <c>feeds.opml</c> (OPML 2.0 subscription list): one outline per feed, the archive first, pointing at the
/// RSS files, the format every reader that imports OPML understands.
/// </summary>
internal static class OpmlWriter
{
    public static byte[] Write(string title, string owner, IReadOnlyList<FeedChannel> channels) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        FeedXml.Element(xml, "title", title);
        if (channels.Count > 0)
        {
            FeedXml.Element(xml, "dateModified", FeedDates.Rfc822(channels.Max(c => c.Updated)));
        }

        FeedXml.Element(xml, "ownerName", owner);
        FeedXml.Element(xml, "docs", "http://opml.org/spec2.opml");
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        foreach (var channel in channels)
        {
            xml.WriteStartElement("outline");
            xml.WriteAttributeString("type", "rss");
            xml.WriteAttributeString("text", channel.Title);
            xml.WriteAttributeString("title", channel.Title);
            if (channel.Description.Length > 0)
            {
                xml.WriteAttributeString("description", channel.Description);
            }

            xml.WriteAttributeString("xmlUrl", channel.Links.RssUrl);
            xml.WriteAttributeString("htmlUrl", channel.HomePageUrl);
            if (channel.Language.Length > 0)
            {
                xml.WriteAttributeString("language", channel.Language);
            }

            xml.WriteAttributeString("version", "RSS");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });
}
