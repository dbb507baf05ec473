using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperArchive.Site;

/// <summary>
/// Writes JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c> element. The default encoder writes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and line separators as <c>\u003C</c> and so on, so no text
/// can close the element or be read as markup; the result is still JSON with the original text.
/// </summary>
internal static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    /// <summary>The JSON that <paramref name="write"/> writes (straight to UTF-8, with no document object in between:
    /// every paper page has one).</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
