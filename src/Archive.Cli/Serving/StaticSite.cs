namespace PaperArchive.Cli.Serving;

/// <summary>
/// Maps a request path to a file of the built site as a static host does: <c>/papers/x/</c> is
/// <c>papers/x/index.html</c>, a folder asked for without its slash is redirected to it, and anything else that
/// is not a file is not found (the host then serves <c>404.html</c>). Paths never leave the output folder, and a
/// redirect never leaves the host: it is made from the path's own segments, so <c>//papers</c> goes to <c>/papers/</c>,
/// never to <c>//papers/</c> (which a browser reads as the host "papers").
/// </summary>
public static class StaticSite
{
    public const string NotFoundPage = "404.html";

    public static Resolution Resolve(string root, string requestPath)
    {
        var relative = requestPath.TrimStart('/');
        var segments = relative.Split('/');
        if (!requestPath.StartsWith('/') || segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains('\0')))
        {
            return Resolution.NotFound;
        }

        var path = Path.Combine(root, relative);
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            var index = Path.Combine(path, "index.html");
            return File.Exists(index) ? Resolution.File(index) : Resolution.NotFound;
        }

        if (File.Exists(path))
        {
            return Resolution.File(path);
        }

        return File.Exists(Path.Combine(path, "index.html"))
            ? Resolution.Redirect("/" + string.Join('/', segments.Where(s => s.Length > 0).Select(Uri.EscapeDataString)) + "/")
            : Resolution.NotFound;
    }

    /// <summary>A file to send, a place to redirect to, or neither (not found).</summary>
    public sealed record Resolution(string? FilePath, string? RedirectTo)
    {
        public static Resolution NotFound { get; } = new(null, null);

        public static Resolution File(string path) => new(path, null);

        public static Resolution Redirect(string location) => new(null, location);
    }
}
