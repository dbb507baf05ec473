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
        // Folded into one buffer and made a string once: a teaser and a description for every paper. A space may come
        // with the last character, hence two more than the limit.
        Span<char> folded = max <= 1024 ? stackalloc char[max + 2] : new char[max + 2];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = length > 0;
                continue;
            }

            if (length >= max + 1)
            {
                break;
            }

            if (space)
            {
                folded[length++] = ' ';
                space = false;
            }

            folded[length++] = c;
        }

        if (length <= max)
        {
            return BidiControls.Balance(new string(folded[..length]));
        }

        ReadOnlySpan<char> cut = folded[..max];
        var lastSpace = cut.LastIndexOf(' ');
        if (lastSpace > max / 2)
        {
            cut = cut[..lastSpace];
        }

        return BidiControls.Balance(string.Concat(cut.TrimEnd(",;:. "), "…"));
    }
}
