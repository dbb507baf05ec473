namespace PaperArchive.Enrichment;

/// <summary>arXiv breaks long titles and abstracts over several indented lines; they are one line of text.</summary>
internal static class WhiteSpace
{
    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
