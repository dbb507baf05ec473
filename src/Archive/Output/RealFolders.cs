using System.Collections.Concurrent;
using PaperArchive.FileSystem;

namespace PaperArchive.Output;

/// <summary>
/// The folders below one root that the writer has found (or made) to be real folders, not links: a path is only
/// read or written once every folder on its way is one, so a link someone put in the output or the staging folder
/// never leads the build elsewhere. Each folder is looked at once per build.
/// </summary>
/// <param name="empty">True when the root was made empty for this build: then a folder below it cannot exist before
/// it is made, and is made without looking first (at 100,000 papers that is 100,000 looks fewer).</param>
internal sealed class RealFolders(string root, bool empty = false)
{
    private readonly ConcurrentDictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly Lock _repairing = new();

    public string Root { get; } = root;

    /// <summary>True when every folder of <paramref name="folder"/> (relative, with '/', "" for the root) is a real folder.</summary>
    public bool AreReal(string folder)
    {
        if (folder.Length == 0 || _known.TryGetValue(folder, out var known) && known)
        {
            return true;
        }

        var slash = folder.LastIndexOf('/');
        var real = (slash < 0 || AreReal(folder[..slash])) && FileIdentity.Of(Full(folder)).Kind == FileKind.Directory;
        if (real)
        {
            _known[folder] = true;
        }

        return real;
    }

    /// <summary>Makes every folder of <paramref name="folder"/> a real folder: creates what is missing and replaces
    /// a file or link in the way (only ever used in the staging folder, which the build owns).</summary>
    public void Ensure(string folder)
    {
        if (folder.Length == 0 || _known.ContainsKey(folder))
        {
            return;
        }

        var slash = folder.LastIndexOf('/');
        if (slash >= 0)
        {
            Ensure(folder[..slash]);
        }

        var path = Full(folder);
        var kind = empty ? FileKind.None : FileIdentity.Of(path).Kind;
        if (kind == FileKind.None)
        {
            NativeFiles.MakeFolder(path);
        }
        else if (kind != FileKind.Directory)
        {
            lock (_repairing)
            {
                if (FileIdentity.Of(path).Kind is not (FileKind.Directory or FileKind.None))
                {
                    File.Delete(path);
                }

                Directory.CreateDirectory(path);
            }
        }

        _known[folder] = true;
    }

    public string Full(string relative) => Path.Combine(Root, relative);
}
