using System.IO.Enumeration;

namespace PaperArchive.FileSystem;

/// <summary>One entry below a walked folder: its path relative to that folder (with '/') and its kind.</summary>
public readonly record struct TreeEntry(string Path, FileKind Kind);

/// <summary>
/// Lists a folder tree without ever following a link: a link is listed as a link (whatever it points to) and never
/// entered, so a link to another folder cannot make the build read, count or delete what is there. A folder that
/// vanishes while it is listed (another thread removing it) is skipped, not an error. On Linux the kind comes with
/// each name from <c>readdir</c>, so a walk costs no look at any entry (a site of 100,000 papers has 290,000);
/// elsewhere .NET's enumerator looks at each.
/// </summary>
public static class TreeWalk
{
    public static IEnumerable<TreeEntry> Entries(string root)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        return NativeFiles.CanReadFolders ? NativeEntries(root) : ManagedEntries(root);
    }

    /// <summary>Every entry that is not a folder: files, links and anything else.</summary>
    public static IEnumerable<TreeEntry> NonFolders(string root) => Entries(root).Where(e => e.Kind != FileKind.Directory);

    /// <summary>Deletes <paramref name="path"/>: a link or file is unlinked, a folder is emptied and removed
    /// without following any link inside it. Nothing there is not an error.</summary>
    public static void Delete(string path)
    {
        switch (FileIdentity.Of(path).Kind)
        {
            case FileKind.None:
                return;
            case FileKind.Directory:
                var entries = Entries(path).ToList();
                foreach (var entry in entries.Where(e => e.Kind != FileKind.Directory))
                {
                    File.Delete(Path.Combine(path, entry.Path));
                }

                foreach (var folder in entries.Where(e => e.Kind == FileKind.Directory).OrderByDescending(e => e.Path.Length))
                {
                    Directory.Delete(Path.Combine(path, folder.Path));
                }

                Directory.Delete(path);
                return;
            default:
                File.Delete(path);
                return;
        }
    }

    private static IEnumerable<TreeEntry> NativeEntries(string root)
    {
        var folders = new Stack<string>();
        folders.Push(string.Empty);
        var entries = new List<(string Name, FileKind Kind)>();
        while (folders.TryPop(out var folder))
        {
            entries.Clear();
            NativeFiles.ReadFolder(folder.Length == 0 ? root : root + "/" + folder, entries);
            foreach (var (name, kind) in entries)
            {
                var path = folder.Length == 0 ? name : folder + "/" + name;
                if (kind == FileKind.Directory)
                {
                    folders.Push(path);
                }

                yield return new TreeEntry(path, kind);
            }
        }
    }

    private static IEnumerable<TreeEntry> ManagedEntries(string root)
    {
        using var walker = new Walker(root);
        while (walker.MoveNext())
        {
            yield return walker.Current;
        }
    }

    private sealed class Walker(string root)
        : FileSystemEnumerator<TreeEntry>(root, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
    {
        private const int NoSuchFile = 2;
        private const int NotAFolder = 20;

        private readonly int _rootLength = root.Length + 1;

        protected override bool ShouldRecurseIntoEntry(ref FileSystemEntry entry) => entry.IsDirectory && !IsLink(entry);

        protected override bool ContinueOnError(int error) => error is NoSuchFile or NotAFolder;

        protected override TreeEntry TransformEntry(ref FileSystemEntry entry)
        {
            var kind = IsLink(entry) ? FileKind.Link : entry.IsDirectory ? FileKind.Directory : FileKind.File;
            var relative = entry.ToFullPath()[_rootLength..];
            return new TreeEntry(Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/'), kind);
        }

        private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
    }
}
