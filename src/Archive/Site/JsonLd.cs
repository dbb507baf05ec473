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

    // Every paper page has one: each rendering thread keeps its buffer and writer for the next.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    /// <summary>The JSON that <paramref name="write"/> writes (straight to UTF-8, with no document object in between).</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(buffer, Options);
        writer.Reset(buffer);
        write(writer);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
