using PaperArchive.FileSystem;

namespace PaperArchive.Output;

/// <summary>One file of the generated site: its path relative to the output folder (with '/') and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    /// <summary>True for a file the build did not make again because the one in the output is known to be current
    /// (see <c>Caching/StageCache</c>); it has no content, and the writer leaves the file as it is.</summary>
    public bool IsKept { get; private init; }

    public static OutputFile Text(string path, string content) => new(path, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>For a kept file, the look at the live file that found it current; the writer uses it instead of
    /// looking again.</summary>
    internal FileIdentity Live { get; private init; }

    public static OutputFile Kept(string path) => new(path, []) { IsKept = true };

    internal static OutputFile Kept(string path, FileIdentity live) => new(path, []) { IsKept = true, Live = live };
}
