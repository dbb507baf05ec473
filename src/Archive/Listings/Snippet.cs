namespace PaperArchive.Listings;

/// <summary>Text quoted in a diagnostic: long enough to recognise, short enough to read on one line.</summary>
internal static class Snippet
{
    public static string Of(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
