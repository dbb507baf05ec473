using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// What the links a capture kept say about a paper: the arXiv id of a paper link (<c>huggingface.co/papers/2410.05434</c>,
/// <c>/papers/2410.05434</c>, <c>arxiv.org/abs/…</c>, <c>arxiv.org/pdf/…</c>), and the paper an upvote button counts for
/// (<c>huggingface.co/login?next=%2Fpapers%2F2410.05434</c>: the button links to the login page with the paper to return to).
/// </summary>
internal static class PaperLinks
{
    private const string UpvoteTarget = "login?next=%2Fpapers%2F";

    /// <summary>True when <paramref name="url"/> points at a paper page, valid id or not; the site's listing pages
    /// under the same path (<c>/papers/trending</c>, <c>/papers/date/2026-03-24</c>) are none.</summary>
    public static bool IsPaperUrl(string url)
    {
        var absolute = Absolute(url);
        if (!ArxivId.IsPaperUrl(absolute))
        {
            return false;
        }

        var path = absolute.AsSpan().TrimEnd('/');
        var segment = path[(path.LastIndexOf('/') + 1)..];
        return segment.Length > 0 && char.IsAsciiDigit(segment[0]);
    }

    /// <summary>The arXiv id of a paper link, or null.</summary>
    public static string? IdOf(string url) => ArxivId.FromUrl(Absolute(url));

    /// <summary>The arXiv id of the paper an upvote button links back to, or null when the URL is no upvote button.</summary>
    public static string? UpvotedPaper(string url)
    {
        var at = url.IndexOf(UpvoteTarget, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || !url.Contains("huggingface.co/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = url[(at + UpvoteTarget.Length)..];
        var end = rest.IndexOfAny(['&', '#', '%', '/']);
        return ArxivId.Normalize(end < 0 ? rest : rest[..end]);
    }

    /// <summary>The count an upvote button shows (<c>117</c>, <c>Upvote 117</c>, <c>[-] 19</c>); null for <c>-</c> (no count).</summary>
    public static int? UpvoteCount(string text)
    {
        var t = text.Trim();
        var space = t.LastIndexOf(' ');
        var last = space < 0 ? t : t[(space + 1)..];
        return last.Length is > 0 and <= 7 && last.All(char.IsAsciiDigit) ? int.Parse(last) : null;
    }

    /// <summary>The arXiv id behind <paramref name="url"/>; a paper link whose id is malformed is reported.</summary>
    public static string? ArxivIdOf(string? url, string? label, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (url is null)
        {
            if (label is not null)
            {
                diagnostics.Warning(DiagnosticIds.LinkReferenceMissing, location,
                    $"the link [{label}] is not defined at the end of the file (the clip may be cut off); the paper is kept without its arXiv id.");
            }

            return null;
        }

        if (IdOf(url) is { } id)
        {
            return id;
        }

        if (IsPaperUrl(url))
        {
            diagnostics.Warning(DiagnosticIds.InvalidArxivId, location,
                $"'{Snippet.Of(url)}' does not end in an arXiv id of the form 2410.05434; the paper is kept without one.");
        }

        return null;
    }

    /// <summary>A link to a user's or organisation's page, <c>huggingface.co/&lt;name&gt;</c>: in a card's byline, the organisation.</summary>
    public static bool IsProfileUrl(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || !uri.Host.EndsWith("huggingface.co", StringComparison.OrdinalIgnoreCase) ||
            uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return false;
        }

        var path = uri.AbsolutePath.Trim('/');
        return path.Length > 0 && !path.Contains('/') && !SitePages.Contains(path);
    }

    /// <summary>The site's own pages, which share the profile pages' URL form.</summary>
    private static readonly HashSet<string> SitePages = new(StringComparer.OrdinalIgnoreCase)
    {
        "papers", "login", "join", "models", "datasets", "spaces", "docs", "pricing", "enterprise", "blog", "posts",
        "learn", "storage", "organizations", "settings", "new", "tasks", "chat", "collections", "languages", "front",
        "terms-of-service", "privacy", "huggingface",
    };

    private static string Absolute(string url) =>
        url.StartsWith("/papers/", StringComparison.Ordinal) ? "https://huggingface.co" + url : url;
}
