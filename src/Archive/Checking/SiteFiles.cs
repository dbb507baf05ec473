namespace PaperArchive.Checking;

/// <summary>Every file in the output folder, as paths relative to it with '/' separators, in ordinal order.</summary>
internal sealed class SiteFiles
{
    private readonly HashSet<string> _set;

    private SiteFiles(string directory, IReadOnlyList<string> all)
    {
        Directory = directory;
        All = all;
        _set = new HashSet<string>(all, StringComparer.Ordinal);
    }

    /// <summary>The output folder as the user named it, so that diagnostics print paths they can open.</summary>
    public string Directory { get; }

    public IReadOnlyList<string> All { get; }

    public IEnumerable<string> Pages => All.Where(IsPage);

    public static SiteFiles Scan(string directory)
    {
        var root = Path.GetFullPath(directory);
        var all = System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new SiteFiles(directory, all);
    }

    public static bool IsPage(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file a link path is served from: a folder (<c>papers/x/</c>, or <c>""</c> for the root) serves
    /// its <c>index.html</c>.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;

    public bool Contains(string file) => _set.Contains(file);

    /// <summary>Where the user finds <paramref name="file"/>: under the output folder as they named it.</summary>
    public string DisplayPath(string file) => Path.Combine(Directory, file).Replace('\\', '/');

    public string FullPath(string file) => Path.Combine(Path.GetFullPath(Directory), file);
}
