using System.Text;
using System.Xml;

namespace PaperArchive.Feeds;

/// <summary>
/// The one way feeds write XML: UTF-8 without a byte-order mark, two-space indentation, '\n' line ends and a final
/// newline. <see cref="XmlWriterSettings.CheckCharacters"/> stays on: text is cleaned before it gets here, so a
/// forbidden character reaching the writer is a bug that must fail loudly rather than produce a broken feed.
/// </summary>
internal static class FeedXml
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = true,
        CloseOutput = false,
    };

    public static byte[] Write(Action<XmlWriter> writeDocument)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            writeDocument(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>An element with only text; XmlWriter escapes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, so <c>]]&gt;</c> is harmless too.</summary>
    public static void Element(XmlWriter writer, string name, string text) => writer.WriteElementString(name, text);
}
