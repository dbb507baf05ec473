using System.Globalization;
using System.Text;

namespace PaperArchive.FileSystem;

/// <summary>
/// File names the build refuses to read: a backslash (a separator elsewhere, so <c>..\..\x.js</c> could leave its
/// folder once copied), <c>..</c>, and control or bidirectional-formatting characters (invisible, and able to
/// reorder what a diagnostic or a page shows). No curator or theme author means such a name.
/// </summary>
internal static class FileNames
{
    /// <summary>Why <paramref name="name"/> (one file or folder name) is refused, or null when it is fine.</summary>
    public static string? Problem(string name)
    {
        if (name.Contains('\\'))
        {
            return "holds a backslash";
        }

        if (name.Contains("..", StringComparison.Ordinal))
        {
            return "holds '..'";
        }

        return name.Any(IsHidden) ? "holds a control or text-direction character" : null;
    }

    /// <summary>The name with every control or text-direction character shown as <c>\uXXXX</c>, so a diagnostic
    /// prints it as it is and nothing can hide in it.</summary>
    public static string Printable(string name)
    {
        if (!name.Any(IsHidden))
        {
            return name;
        }

        var printable = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            printable.Append(IsHidden(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : c.ToString());
        }

        return printable.ToString();
    }

    private static bool IsHidden(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
