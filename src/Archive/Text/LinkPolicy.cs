namespace PaperArchive.Text;

/// <summary>
/// The one rule for every link the site makes from text it did not write (abstracts, curator notes, anything
/// later): only <c>http</c>, <c>https</c> and <c>mailto</c> targets become links. Anything else (<c>javascript:</c>,
/// <c>data:</c>, <c>vbscript:</c>, <c>file:</c>...) could run code, read the reader's files or hand them to another
/// program, so it stays text. <c>archive check</c> holds built pages to the same rule.
/// </summary>
internal static class LinkPolicy
{
    public static IReadOnlyList<string> AllowedSchemes { get; } = ["http", "https", "mailto"];

    public static bool Allows(string? url) =>
        url is not null &&
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) &&
        AllowedSchemes.Contains(uri.Scheme);
}
