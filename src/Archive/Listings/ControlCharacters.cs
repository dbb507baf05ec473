using System.Buffers;
using System.Text;

namespace PaperArchive.Listings;

/// <summary>
/// Keeps invisible control characters (C0 other than tab, DEL, C1) out of titles and abstracts: no page, feed or
/// search index should carry them, and XML forbids most of them. Line and paragraph separators count as spaces.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>The index of the first control character in <paramref name="text"/>, or null.</summary>
    public static int? FirstIn(ReadOnlySpan<char> text) => text.IndexOfAny(Controls) is var at and >= 0 ? at : null;

    /// <summary>The characters <see cref="IsControl"/> (control characters are U+0000-U+001F and U+007F-U+009F): every
    /// line of every capture is searched for them, so the search is vectorised.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(IsControl).ToArray());

    /// <summary>Titles keep their word boundaries: each control character becomes a space.</summary>
    public static string CleanTitle(string title) => Clean(title, ' ').Trim();

    /// <summary>Abstracts lose their control characters; separators still become spaces.</summary>
    public static string CleanAbstract(string text) => Clean(text, null).Trim();

    private static string Clean(string text, char? replacement)
    {
        if (FirstIn(text) is null && text.IndexOfAny(['\u2028', '\u2029']) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (!IsControl(c))
            {
                if (replacement is not null && c == ' ' && builder.Length > 0 && builder[^1] == ' ')
                {
                    continue;
                }

                builder.Append(c);
            }
            else if (replacement is { } r && (builder.Length == 0 || builder[^1] != r))
            {
                // "Control\u0001 Characters" must not become a title with two spaces.
                builder.Append(r);
            }
        }

        return builder.ToString();
    }

    private static bool IsControl(char c) => c != '\t' && char.IsControl(c);
}
