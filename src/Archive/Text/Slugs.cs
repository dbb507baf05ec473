namespace PaperArchive.Text;

/// <summary>Readable ASCII URL segments made from text.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>"Value Drifts: Tracing Value Alignment" becomes "value-drifts-tracing-value-alignment";
    /// long titles are cut at a word boundary. May return an empty string for text without letters or digits.</summary>
    public static string FromText(string text)
    {
        var slug = string.Empty;
        foreach (var word in TextFolding.Words(text))
        {
            var next = slug.Length == 0 ? word : slug + "-" + word;
            if (next.Length > MaxLength)
            {
                return slug.Length == 0 ? word[..MaxLength] : slug;
            }

            slug = next;
        }

        return slug;
    }
}
