using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace PaperArchive.Search;

/// <summary>Compact JSON for the index files. The encoder keeps non-ASCII letters as they are but always escapes
/// &lt;, &gt;, &amp; and quotes, so a title holding <c>&lt;/script&gt;</c> stays inert wherever the JSON ends up.</summary>
internal static class SearchJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
