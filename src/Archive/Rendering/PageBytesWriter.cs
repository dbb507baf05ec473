using System.Text;

namespace PaperArchive.Rendering;

/// <summary>
/// Where a page renders to: Handlebars writes its text straight into a UTF-8 buffer that each rendering thread keeps for
/// its next page, so a page costs one array of its own bytes, not a string builder, a string and then the bytes.
/// The encoder is the one <see cref="Encoding.UTF8"/> uses (no byte-order mark, a lone surrogate becomes U+FFFD), so the
/// bytes are those of encoding the page's text in one piece.
/// </summary>
internal sealed class PageBytesWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [ThreadStatic]
    private static PageBytesWriter? _current;

    private readonly MemoryStream _bytes = new(64 * 1024);

    private PageBytesWriter()
    {
        Writer = new StreamWriter(_bytes, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
    }

    public TextWriter Writer { get; }

    /// <summary>This thread's writer, emptied (a page that failed half-way leaves nothing behind).</summary>
    public static PageBytesWriter Start()
    {
        var writer = _current ??= new PageBytesWriter();
        writer.Writer.Flush();
        writer._bytes.SetLength(0);
        return writer;
    }

    /// <summary>The bytes written since <see cref="Start"/>.</summary>
    public byte[] ToArray()
    {
        Writer.Flush();
        return _bytes.ToArray();
    }
}
