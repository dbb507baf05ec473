using System.Text;

namespace PaperArchive.Text;

/// <summary>Readable ASCII URL segments made from text.</summary>
internal static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>"Value Drifts: Tracing Value Alignment" becomes "value-drifts-tracing-value-alignment";
    /// long titles are cut at a word boundary. May return an empty string for text without letters or digits.</summary>
    public static string FromText(string text)
    {
        var slug = new StringBuilder(MaxLength);
        foreach (var word in TextFolding.Words(text))
        {
            var length = slug.Length == 0 ? word.Length : slug.Length + 1 + word.Length;
            if (length > MaxLength)
            {
                return slug.Length == 0 ? word[..MaxLength] : slug.ToString();
            }

            if (slug.Length > 0)
            {
                slug.Append('-');
            }

            slug.Append(word);
        }

        return slug.ToString();
    }
}
