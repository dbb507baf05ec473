using System.Text.RegularExpressions;

namespace PaperArchive.Checking;

/// <summary>
/// The URLs a stylesheet loads (<c>url(...)</c> and <c>@import "..."</c>) with their positions, so that fonts and
/// background images reached only from CSS are checked like page links and are not taken for orphans.
/// Comments are skipped; a regular expression is enough for the generator's own CSS.
/// </summary>
internal static partial class StylesheetScanner
{
    public static IReadOnlyList<PageReference> References(string css)
    {
        var references = new List<PageReference>();
        var lineStarts = LineStarts(css);
        foreach (Match match in UrlPattern().Matches(css))
        {
            var value = match.Groups["url"].Success ? match.Groups["url"] : match.Groups["import"];
            if (!value.Success)
            {
                continue; // a comment
            }

            var line = lineStarts.BinarySearch(match.Index);
            line = line >= 0 ? line : ~line - 1;
            references.Add(new PageReference("css", string.Empty, value.Value.Trim(), new PagePosition(line + 1, match.Index - lineStarts[line] + 1)));
        }

        return references;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    [GeneratedRegex("""/\*.*?\*/|url\(\s*(?<q>['"]?)(?<url>[^'")]*?)\k<q>\s*\)|@import\s+(?<q2>['"])(?<import>[^'"]*)\k<q2>""", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
