namespace PaperArchive.FileSystem;

/// <summary>What a path is, as <c>lstat</c> tells it: a final link is described, never followed.</summary>
public enum FileKind
{
    None,
    File,
    Directory,
    Link,
    Other,
}

/// <summary>
/// One look at a path without following a final link: its kind, its length, and what tells two names of one file
/// apart from two files: the device and inode where the platform gives them (Linux), else the length and the
/// last-write time.
/// </summary>
internal readonly record struct FileIdentity(FileKind Kind, long Length, ulong Device, ulong Inode, long WriteTicks)
{
    public bool IsFile => Kind == FileKind.File;

    public static FileIdentity Of(string path) => NativeFiles.Stat(path);

    /// <summary>True when both are regular files and are the same file (two hard links to it count as one).</summary>
    public bool SameFileAs(FileIdentity other) =>
        IsFile && other.IsFile &&
        (Inode != 0 && other.Inode != 0
            ? Device == other.Device && Inode == other.Inode
            : Length == other.Length && WriteTicks == other.WriteTicks);
}
