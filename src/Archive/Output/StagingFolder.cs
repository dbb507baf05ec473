using PaperArchive.Text;

namespace PaperArchive.Output;

/// <summary>
/// Where a build stages the files it is about to write: a hidden folder beside the output folder (a rename
/// within one file system is atomic), named after the output folder and a hash of its full path, so two outputs
/// never share one and a build finds the folder a crashed build left behind.
/// </summary>
public static class StagingFolder
{
    public static string For(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output)
            ?? throw new InvalidOperationException($"the output folder '{outputDirectory}' cannot be a file system root.");
        return Path.Combine(parent, $".{Path.GetFileName(output)}-staging-{StableHash.Hex(output, 8)}");
    }
}
