using System.Text.RegularExpressions;
using PaperArchive.Text;

namespace PaperArchive.Enrichment;

/// <summary>
/// When a title from arXiv is the paper's title: both are compared as <see cref="TitleKey"/>s (case, white space and
/// line breaks, punctuation and dashes, diacritics folded), after arXiv's TeX accents (<c>K\"ahler</c>,
/// <c>G\"{o}del</c>) are read as the letters they put the accent on. Words must all be there in order: "… Revisited"
/// is another paper.
/// </summary>
internal static partial class ArxivTitle
{
    public static string Key(string title) => TitleKey.Of(TexAccent().Replace(title, m => m.Groups["letter"].Value));

    public static bool SameTitle(string paperTitle, string arxivTitle) =>
        Key(paperTitle) is { Length: > 0 } key && key == Key(arxivTitle);

    /// <summary>The title's words, for a phrase search on arXiv's title field (no punctuation, which the search syntax would read).</summary>
    public static string SearchPhrase(string title) => string.Join(' ', TextFolding.Words(Key(title)));

    [GeneratedRegex(@"\{?\\[""'`^~=.uvHc]\s*\{?(?<letter>[A-Za-z])\}?\}?")]
    private static partial Regex TexAccent();
}
