using System.Text;
using System.Xml;

namespace PaperArchive.Feeds;

/// <summary>
/// Removes the characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates), even
/// escaped. JSON could carry them, but the item text is shared by every format, so all formats get the same text.
/// </summary>
internal static class XmlSafeText
{
    /// <summary>The text without forbidden characters, and those characters (as U+XXXX) when there were any.</summary>
    public static (string Text, IReadOnlyList<string> Removed) Strip(string text)
    {
        if (IsClean(text))
        {
            return (text, []);
        }

        var kept = new StringBuilder(text.Length);
        var removed = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                kept.Append(c);
            }
            else
            {
                removed.Add($"U+{(int)c:X4}");
            }
        }

        return (kept.ToString(), removed);
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
