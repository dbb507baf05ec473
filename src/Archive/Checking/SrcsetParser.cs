namespace PaperArchive.Checking;

/// <summary>The URLs of a <c>srcset</c> attribute: comma-separated candidates, each a URL and optional descriptors
/// (<c>"a.png 1x, b.png 2x"</c>). Follows the HTML standard's splitting closely enough for generated markup: a URL
/// runs to the next whitespace, and commas that end it are separators.</summary>
internal static class SrcsetParser
{
    public static IEnumerable<string> Urls(string srcset)
    {
        var position = 0;
        while (position < srcset.Length)
        {
            while (position < srcset.Length && (char.IsWhiteSpace(srcset[position]) || srcset[position] == ','))
            {
                position++;
            }

            var start = position;
            while (position < srcset.Length && !char.IsWhiteSpace(srcset[position]))
            {
                position++;
            }

            var url = srcset[start..position].TrimEnd(',');
            var endedWithComma = position > start && srcset[position - 1] == ',';
            if (url.Length > 0)
            {
                yield return url;
            }

            if (!endedWithComma)
            {
                // Skip the descriptors, up to the comma that starts the next candidate.
                while (position < srcset.Length && srcset[position] != ',')
                {
                    position++;
                }
            }
        }
    }
}
