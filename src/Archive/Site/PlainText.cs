using System.Buffers;
using System.Text;
using PaperArchive.Text;

namespace PaperArchive.Site;

/// <summary>Short plain-text forms of long text, for list teasers and meta descriptions.</summary>
internal static class PlainText
{
    /// <summary>The text without control characters (which HTML forbids), each replaced by a space unless one is
    /// already there; line breaks and tabs stay. Returns the same instance when there is nothing to clean.</summary>
    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(Forbidden) < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsForbidden(c))
            {
                clean.Append(c);
            }
            else if (clean.Length > 0 && clean[^1] != ' ')
            {
                clean.Append(' ');
            }
        }

        return clean.ToString().Replace("  ", " ", StringComparison.Ordinal).Trim(' ');
    }

    private static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');

    /// <summary>The characters <see cref="IsForbidden"/> (the control characters are U+0000-U+001F and U+007F-U+009F), for
    /// a vectorised search of texts that have none, which are nearly all.</summary>
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsForbidden).ToArray());

    /// <summary>The text with runs of whitespace and control characters folded to one space, cut at a word
    /// boundary to at most <paramref name="max"/> characters (plus an ellipsis when cut); a direction control the cut
    /// left open is closed (see <see cref="BidiControls"/>).</summary>
    public static string Excerpt(string text, int max)
    {
        var folded = new StringBuilder(Math.Min(text.Length, max + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (folded.Length >= max + 1)
            {
                break;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c);
        }

        if (folded.Length <= max)
        {
            return BidiControls.Balance(folded.ToString());
        }

        var cut = folded.ToString(0, max);
        var lastSpace = cut.LastIndexOf(' ');
        if (lastSpace > max / 2)
        {
            cut = cut[..lastSpace];
        }

        return BidiControls.Balance(cut.TrimEnd(',', ';', ':', '.', ' ') + "…");
    }
}
