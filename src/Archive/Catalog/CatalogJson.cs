using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperArchive.Catalog;

/// <summary>
/// The catalog as JSON, as <c>archive inspect --json</c> prints it. Outside tools rely on these field names:
/// extend compatibly, never rename.
/// </summary>
public static class CatalogJson
{
    public static void Write(PaperCatalog catalog, Stream stream)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(stream, options);
        json.WriteStartArray();
        foreach (var paper in catalog.Papers)
        {
            WritePaper(json, paper);
        }

        json.WriteEndArray();
    }

    public static string ToJson(PaperCatalog catalog)
    {
        using var stream = new MemoryStream();
        Write(catalog, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WritePaper(Utf8JsonWriter json, Paper paper)
    {
        json.WriteStartObject();
        json.WriteString("id", paper.Id);
        json.WriteString("slug", paper.Slug);
        json.WriteString("title", paper.Title);
        json.WriteString("abstract", paper.Abstract);
        WriteNumberOrNull(json, "authors", paper.Authors);
        json.WriteStartArray("authorNames");
        foreach (var name in paper.AuthorNames)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteString("organization", paper.Organization);
        WriteDate(json, "published", paper.Published);
        WriteDate(json, "added", paper.Added);
        WriteNumberOrNull(json, "upvotes", paper.Upvotes);
        json.WriteStartArray("themes");
        foreach (var theme in paper.Themes)
        {
            json.WriteStringValue(theme);
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in paper.Sources)
        {
            json.WriteStartObject();
            json.WriteString("file", source.File);
            json.WriteNumber("line", source.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("arxiv", paper.ArxivId);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date) =>
        json.WriteString(name, date?.ToString("yyyy-MM-dd"));
}
