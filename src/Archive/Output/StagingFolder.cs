using PaperArchive.Text;

namespace PaperArchive.Output;

/// <summary>
/// Where a build makes the new site before it takes the output's place: a hidden folder beside the output folder (on
/// the same file system, so the two can be swapped in one step and share unchanged files as hard links), named after
/// the output folder and a hash of its full path, so two outputs never share one. After a swap it holds the site
/// before, which the next build brings up to date instead of starting from nothing; deleting it is harmless (the next
/// build links every file again).
/// </summary>
internal static class StagingFolder
{
    public static string For(string outputDirectory) => Beside(outputDirectory, "staging");

    /// <summary>Where the old site waits for an instant while the folders are swapped by renames, on systems that
    /// cannot exchange two folders in one step; a build finding it puts it back.</summary>
    public static string AsideFor(string outputDirectory) => Beside(outputDirectory, "aside");

    private static string Beside(string outputDirectory, string role)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output)
            ?? throw new InvalidOperationException($"the output folder '{outputDirectory}' cannot be a file system root.");
        return Path.Combine(parent, $".{Path.GetFileName(output)}-{role}-{StableHash.Hex(output, 8)}");
    }
}
