using PaperArchive.FileSystem;

namespace PaperArchive.Output;

/// <summary>
/// Puts the staged site in the output's place in one step: the two folders trade names with
/// <c>renameat2(RENAME_EXCHANGE)</c>, so at every instant the output folder is the whole old site or the whole new
/// one, whenever the process is killed. Where the system lacks that call, three renames do it, and the old site
/// waits at <see cref="StagingFolder.AsideFor"/> for the instant between the first two; <see cref="Recover"/>
/// puts it back if the process died there.
/// </summary>
internal static class FolderSwap
{
    public static void Exchange(string staging, string output)
    {
        if (NativeFiles.TryExchange(staging, output))
        {
            return;
        }

        var aside = StagingFolder.AsideFor(output);
        Directory.Move(output, aside);
        Directory.Move(staging, output);
        Directory.Move(aside, staging);
    }

    /// <summary>Undoes what a process killed in the middle of the three renames left.</summary>
    public static void Recover(string output, string staging)
    {
        var aside = StagingFolder.AsideFor(output);
        if (FileIdentity.Of(aside).Kind == FileKind.None)
        {
            return;
        }

        if (FileIdentity.Of(output).Kind == FileKind.None)
        {
            Directory.Move(aside, output);
        }
        else if (FileIdentity.Of(staging).Kind == FileKind.None)
        {
            Directory.Move(aside, staging);
        }
        else
        {
            TreeWalk.Delete(aside);
        }
    }
}
