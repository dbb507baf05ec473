using System.Runtime.InteropServices;

namespace PaperArchive.FileSystem;

/// <summary>
/// The few system calls .NET does not offer: <c>statx</c> (a file's inode, without following a link), <c>link</c>
/// (a second name for a file), <c>renameat2</c> with <c>RENAME_EXCHANGE</c> (two folders trade places in one step)
/// and <c>realpath</c>. Each has a plain .NET fallback where the platform lacks it; the fallbacks are weaker, and
/// docs/building.md says how.
/// </summary>
internal static class NativeFiles
{
    private const int AtCurrentFolder = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const uint RenameExchange = 2;
    private const int NoSuchFile = 2;
    private const int AlreadyExists = 17;
    private const int NotAFolder = 20;
    private const int InvalidArgument = 22;
    private const int NotImplemented = 38;

    private static volatile bool s_noStatx = !OperatingSystem.IsLinux();
    private static volatile bool s_noExchange = !OperatingSystem.IsLinux();

    public static FileIdentity Stat(string path)
    {
        if (!s_noStatx)
        {
            try
            {
                return Statx(path);
            }
            catch (EntryPointNotFoundException)
            {
                s_noStatx = true;
            }
        }

        return ManagedStat(path);
    }

    /// <summary>Gives <paramref name="existing"/> a second name, <paramref name="newName"/> (which must not exist).</summary>
    public static void Link(string existing, string newName)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Copy(existing, newName);
            File.SetLastWriteTimeUtc(newName, File.GetLastWriteTimeUtc(existing));
            return;
        }

        if (link(existing, newName) != 0)
        {
            throw Failure($"cannot link '{existing}' as '{newName}'", Marshal.GetLastPInvokeError());
        }
    }

    /// <summary>True where <see cref="ReadFolder"/> works (Linux: glibc and musl share the layout of <c>dirent</c>).</summary>
    public static bool CanReadFolders => OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>Adds each entry of <paramref name="folder"/> (not "." and "..") with its kind, as <c>readdir</c> tells
    /// it: a link is a link, never followed. A folder that is gone (or has turned into a file) has no entries.</summary>
    public static void ReadFolder(string folder, List<(string Name, FileKind Kind)> entries)
    {
        var stream = opendir(folder);
        if (stream == IntPtr.Zero)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error is NoSuchFile or NotAFolder)
            {
                return;
            }

            throw Failure($"cannot list '{folder}'", error);
        }

        try
        {
            IntPtr entry;
            while ((entry = readdir(stream)) != IntPtr.Zero)
            {
                // struct dirent on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
                var name = Marshal.PtrToStringUTF8(entry + 19)!;
                if (name is "." or "..")
                {
                    continue;
                }

                var kind = Marshal.ReadByte(entry, 18) switch
                {
                    4 => FileKind.Directory,
                    8 => FileKind.File,
                    10 => FileKind.Link,
                    0 => Stat(folder + "/" + name).Kind,
                    _ => FileKind.Other,
                };
                if (kind != FileKind.None)
                {
                    entries.Add((name, kind));
                }
            }
        }
        finally
        {
            closedir(stream);
        }
    }

    /// <summary>Makes one folder whose parent exists; one that is there already (made by another thread) is fine.</summary>
    public static void MakeFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        if (mkdir(path, 0x1FF) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error != AlreadyExists || Stat(path).Kind != FileKind.Directory)
            {
                throw Failure($"cannot make the folder '{path}'", error);
            }
        }
    }

    /// <summary>Swaps two folders in one step, so that no one ever sees either name missing or half of each;
    /// false where the system or the file system cannot.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (s_noExchange)
        {
            return false;
        }

        try
        {
            if (renameat2(AtCurrentFolder, first, AtCurrentFolder, second, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            s_noExchange = true;
            return false;
        }

        var error = Marshal.GetLastPInvokeError();
        if (error is InvalidArgument or NotImplemented)
        {
            return false;
        }

        throw Failure($"cannot swap '{first}' and '{second}'", error);
    }

    /// <summary>The path with every link and '..' resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var full = Path.GetFullPath(path);
            return Path.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : null;
        }

        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    private static FileIdentity Statx(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        if (statx(AtCurrentFolder, path, AtSymlinkNoFollow, StatxBasicStats, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error is NoSuchFile or NotAFolder ? default : throw Failure($"cannot look at '{path}'", error);
        }

        // struct statx (linux/stat.h): the same layout on every architecture.
        var mode = MemoryMarshal.Read<ushort>(buffer[28..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.File,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.Link,
            _ => FileKind.Other,
        };
        var seconds = MemoryMarshal.Read<long>(buffer[112..]);
        var nanoseconds = MemoryMarshal.Read<uint>(buffer[120..]);
        var device = ((ulong)MemoryMarshal.Read<uint>(buffer[136..]) << 32) | MemoryMarshal.Read<uint>(buffer[140..]);
        return new FileIdentity(
            kind,
            MemoryMarshal.Read<long>(buffer[40..]),
            device,
            MemoryMarshal.Read<ulong>(buffer[32..]),
            DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond) + (nanoseconds / 100));
    }

    private static FileIdentity ManagedStat(string path)
    {
        var info = new FileInfo(path);
        var attributes = info.Attributes;
        if ((int)attributes == -1)
        {
            return default;
        }

        var kind = attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.Link
            : attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
            : FileKind.File;
        return kind == FileKind.File
            ? new FileIdentity(kind, info.Length, 0, 0, info.LastWriteTimeUtc.Ticks)
            : new FileIdentity(kind, 0, 0, 0, 0);
    }

    private static IOException Failure(string what, int error) =>
        new($"{what}: {Marshal.GetPInvokeErrorMessage(error)}");

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr opendir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readdir(IntPtr stream);

    [DllImport("libc")]
    private static extern int closedir(IntPtr stream);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkdir([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newName);

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int fromFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string from, int toFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string to, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
}
