namespace PaperArchive.FileSystem;

/// <summary>A file below a <see cref="ReadableFolder"/>: its path relative to the folder (with '/') and where to read it.</summary>
internal readonly record struct ReadableFile(string Name, string FullPath);

/// <summary>A file or folder the build refuses to read, with the sentence that says why.</summary>
internal readonly record struct RefusedFile(string Name, string FullPath, bool IsLink, string Reason);

/// <summary>
/// A folder the build reads from (input/, theme/), and nothing outside it: a file is read only when its real path,
/// every link resolved, is inside the folder's real path. A link that leads out of the folder, or nowhere, is
/// refused; so is a link to a folder met while listing (it is not followed). The folder itself may be a link.
/// </summary>
internal sealed class ReadableFolder
{
    private readonly string _real;
    private readonly string _role;

    private ReadableFolder(string real, string role)
    {
        _real = real;
        _role = role;
    }

    /// <summary>The folder, or null when it does not exist; <paramref name="role"/> ("input", "theme") names it in reasons.</summary>
    public static ReadableFolder? Open(string folder, string role) =>
        NativeFiles.RealPath(folder) is { } real && FileIdentity.Of(real).Kind == FileKind.Directory ? new ReadableFolder(real, role) : null;

    /// <summary>Why <paramref name="path"/> may not be read, or null when it is inside (a file, or a folder when
    /// <paramref name="folder"/>). A missing path is not refused: the caller decides what its absence means.</summary>
    public string? WhyNot(string path, bool folder = false)
    {
        var kind = FileIdentity.Of(path).Kind;
        if (kind == FileKind.None)
        {
            return null;
        }

        var real = NativeFiles.RealPath(path);
        if (real is null)
        {
            return "is a link that leads nowhere";
        }

        if (real != _real && !real.StartsWith(_real + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"is a link to '{real}', outside the {_role} folder";
        }

        var target = FileIdentity.Of(real).Kind;
        return target == (folder ? FileKind.Directory : FileKind.File) ? null : folder ? "is not a folder" : "is not a file";
    }

    /// <summary>Every file below <paramref name="folder"/> (a folder inside this one), listed without following
    /// links: a link to a file inside is read through, any other link is refused, and so is a name
    /// <see cref="FileNames"/> refuses.</summary>
    public IEnumerable<(ReadableFile? File, RefusedFile? Refused)> Files(string folder)
    {
        foreach (var entry in TreeWalk.Entries(folder).OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            var full = Path.Combine(folder, entry.Path);
            var segments = entry.Path.Split('/');
            if (FileNames.Problem(segments[^1]) is { } problem)
            {
                yield return (null, new RefusedFile(entry.Path, full, false, problem));
                continue;
            }

            if (segments.Any(s => FileNames.Problem(s) is not null))
            {
                // Below a folder already refused for its name.
                continue;
            }

            switch (entry.Kind)
            {
                case FileKind.File:
                    yield return (new ReadableFile(entry.Path, full), null);
                    break;
                case FileKind.Link when WhyNot(full) is { } why:
                    yield return (null, new RefusedFile(entry.Path, full, true, FileIdentity.Of(NativeFiles.RealPath(full) ?? full).Kind == FileKind.Directory && WhyNot(full, folder: true) is null
                        ? "is a link to a folder, which the build does not follow"
                        : why));
                    break;
                case FileKind.Link:
                    yield return (new ReadableFile(entry.Path, full), null);
                    break;
            }
        }
    }
}
