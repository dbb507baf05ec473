namespace PaperArchive.Checking;

/// <summary>Where a reference in a page leads, once resolved as a browser would.</summary>
internal abstract record LinkTarget
{
    private LinkTarget()
    {
    }

    /// <summary>Another host, or a mail address.</summary>
    public sealed record External : LinkTarget;

    /// <summary>A <c>javascript:</c> URL: code in an attribute, which the Content-Security-Policy forbids.</summary>
    public sealed record Script : LinkTarget;

    /// <summary>A URL with a scheme other than http, https and mailto (data:, vbscript:, file:...).</summary>
    public sealed record ForbiddenScheme(string Scheme) : LinkTarget;

    /// <summary>A URL on the site's host but outside its base path, so not in the output folder.</summary>
    public sealed record OutsideSite(string Path) : LinkTarget;

    /// <summary>A place in the output: <paramref name="Path"/> is relative to the output folder, decoded, with
    /// '/' separators and a trailing '/' for folders; <paramref name="Fragment"/> is decoded, null when absent.</summary>
    public sealed record Internal(string Path, string? Fragment) : LinkTarget;
}
