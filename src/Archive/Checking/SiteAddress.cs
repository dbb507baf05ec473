using PaperArchive.Text;

namespace PaperArchive.Checking;

/// <summary>
/// Where the output folder is served: an origin and a base path ("/" or "/archive/"). Resolves the references in a
/// page as a browser would, with <see cref="Uri"/> doing the RFC 3986 work ('..' segments, queries, fragments), and
/// maps what lands under the base path back to a path in the output folder.
/// </summary>
internal sealed class SiteAddress
{
    // Without --base-url no absolute link can be recognised as the site's own, so a reserved name stands in for it.
    private static readonly Uri PlaceholderOrigin = new("http://archive.invalid/");

    private readonly Uri _origin;

    private SiteAddress(Uri origin, string basePath)
    {
        _origin = origin;
        BasePath = basePath;
    }

    public static SiteAddress Root { get; } = new(PlaceholderOrigin, "/");

    /// <summary>The path the output folder is served under, with a trailing slash.</summary>
    public string BasePath { get; }

    /// <summary>The address for <paramref name="baseUrl"/>; null when it is not an absolute http(s) URL.</summary>
    public static SiteAddress? For(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return Root;
        }

        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || !IsHttp(uri))
        {
            return null;
        }

        var basePath = uri.AbsolutePath.TrimEnd('/') + "/";
        return new SiteAddress(new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"), basePath);
    }

    /// <summary>The URL a browser shows for the file at <paramref name="path"/> (relative to the output folder).</summary>
    public Uri UrlOf(string path)
    {
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return new Uri(_origin, BasePath + escaped);
    }

    /// <summary>Resolves <paramref name="reference"/> (an attribute value) against the URL of the page it is in.</summary>
    public LinkTarget? Resolve(Uri pageUrl, string reference)
    {
        var cleaned = UrlText.Clean(reference);
        if (UrlText.IsJavaScript(cleaned))
        {
            return new LinkTarget.Script();
        }

        if (UrlText.SchemeOf(cleaned) is { } scheme && !LinkPolicy.AllowedSchemes.Contains(scheme))
        {
            return new LinkTarget.ForbiddenScheme(scheme);
        }

        if (!Uri.TryCreate(pageUrl, cleaned, out var url))
        {
            return null;
        }

        if (!IsHttp(url))
        {
            return new LinkTarget.External();
        }

        // http and https links to the site's host are both the site's own; a different port on the same scheme is not.
        if (!string.Equals(url.Host, _origin.Host, StringComparison.OrdinalIgnoreCase) || (url.Scheme == _origin.Scheme && url.Port != _origin.Port))
        {
            return new LinkTarget.External();
        }

        // A full URL to another path on the same host may be another site there (an abstract linking to it); only a
        // root-relative link, which cannot mean anything but this site, is held to the base path.
        var written = cleaned.Contains("://", StringComparison.Ordinal) || cleaned.StartsWith("//", StringComparison.Ordinal);
        var target = Map(url);
        return written && target is LinkTarget.OutsideSite ? new LinkTarget.External() : target;
    }

    /// <summary>Maps a URL found in robots.txt or a sitemap. Those list only the site's own URLs (the sitemap protocol
    /// requires it), so the host is not compared: that keeps them working when --base-url is not given.</summary>
    public LinkTarget? ResolveListed(string absoluteUrl)
    {
        if (!Uri.TryCreate(absoluteUrl.Trim(), UriKind.Absolute, out var url) || !IsHttp(url))
        {
            return null;
        }

        return Map(url);
    }

    private LinkTarget Map(Uri url)
    {
        var path = url.AbsolutePath;
        if (path + "/" == BasePath)
        {
            path = BasePath;
        }

        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return new LinkTarget.OutsideSite(Uri.UnescapeDataString(path));
        }

        var fragment = url.Fragment.Length == 0 ? null : Uri.UnescapeDataString(url.Fragment[1..]);
        return new LinkTarget.Internal(Uri.UnescapeDataString(path[BasePath.Length..]), fragment);
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
