using System.Text.RegularExpressions;

namespace PaperArchive.Listings.Markdown;

/// <summary>The little Markdown a web clipper writes around the page's text: links (inline and by reference), images, escapes.</summary>
internal static partial class MarkdownLinks
{
    /// <summary>The text of a paragraph that is one whole link, and where it points: an inline URL or a reference label.</summary>
    public static bool TryUnwrap(string text, out string inner, out string? url, out string? label)
    {
        var match = WholeLink().Match(text.Trim());
        inner = match.Success ? match.Groups["text"].Value : text;
        url = match.Groups["url"].Success ? match.Groups["url"].Value : null;
        label = match.Groups["ref"].Success ? (match.Groups["ref"].Length > 0 ? match.Groups["ref"].Value : inner) : null;
        return match.Success;
    }

    /// <summary>Reference-link definitions (<c>[12]: https://...</c>) by label, case-insensitive as Markdown says.</summary>
    public static Dictionary<string, string> References(IReadOnlyList<string> lines)
    {
        var references = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var match = Definition().Match(line);
            if (match.Success)
            {
                references.TryAdd(match.Groups["label"].Value, match.Groups["url"].Value);
            }
        }

        return references;
    }

    public static bool IsDefinition(string line) => Definition().IsMatch(line);

    /// <summary>Removes images (avatars, logos) and a leading list bullet, and undoes Markdown backslash escapes.</summary>
    public static string PlainText(string text)
    {
        var plain = Image().Replace(text, string.Empty).Trim();
        plain = Bullet().Replace(plain, string.Empty);
        return Escape().Replace(plain, "$1").Trim();
    }

    /// <summary>Strips a leading list bullet (<c>*</c>, <c>-</c>, <c>•</c>) so a link inside a list item can be unwrapped.</summary>
    public static string WithoutBullet(string text) => Bullet().Replace(text.Trim(), string.Empty);

    // Non-backtracking: abstracts are long, and "[...](a](a](a..." would make a backtracking engine quadratic.
    [GeneratedRegex(@"^\[(?<text>.*)\](?:\((?<url>[^\s)]*)(?:\s+""[^""]*"")?\)|\[(?<ref>[^\]]*)\])$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex WholeLink();

    [GeneratedRegex(@"^\s{0,3}\[(?<label>[^\]]+)\]:\s*<?(?<url>[^\s>]+)>?(?:\s+(?:""[^""]*""|'[^']*'|\([^)]*\)))?\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex Definition();

    [GeneratedRegex(@"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Image();

    [GeneratedRegex(@"^(?:[*+\-•]\s+)+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();
}
