namespace PaperArchive.Text;

/// <summary>White space as a reader sees it: any run of spaces, tabs and line breaks is one space.</summary>
internal static class WhiteSpace
{
    /// <summary>The text with every run of white space made one space and none at either end (hard-wrapped API
    /// abstracts, titles indented inside HTML).</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
