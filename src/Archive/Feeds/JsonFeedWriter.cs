using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace PaperArchive.Feeds;

/// <summary>Writes a channel as JSON Feed 1.1 (jsonfeed.org). The abstract is both <c>content_text</c> and <c>summary</c>.</summary>
internal static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    // Letters stay readable (é, ü); characters that matter to HTML or JSON are still escaped.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(FeedChannel channel)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", Version);
            json.WriteString("title", channel.Title);
            json.WriteString("home_page_url", channel.HomePageUrl);
            json.WriteString("feed_url", channel.Links.JsonFeedUrl);
            if (channel.Description.Length > 0)
            {
                json.WriteString("description", channel.Description);
            }

            if (channel.Language.Length > 0)
            {
                json.WriteString("language", channel.Language);
            }

            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", channel.Author);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var item in channel.Items)
            {
                WriteItem(json, item);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id);
        json.WriteString("url", item.Url);
        if (item.ArxivUrl is { } arxiv)
        {
            json.WriteString("external_url", arxiv);
        }

        json.WriteString("title", item.Title);
        if (item.Authors.Count > 0)
        {
            json.WriteStartArray("authors");
            foreach (var author in item.Authors)
            {
                json.WriteStartObject();
                json.WriteString("name", author);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteString("content_text", item.Summary);
        json.WriteString("summary", item.Summary);
        json.WriteString("date_published", FeedDates.Rfc3339(item.Added));
        if (item.Categories.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var category in item.Categories)
            {
                json.WriteStringValue(category.Label);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
