using System.Runtime.ExceptionServices;
using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;

namespace PaperArchive.Output;

/// <summary>
/// Writes the site incrementally and never half-written: the new site is made whole in the
/// <see cref="StagingFolder"/> beside the output (see <see cref="StagedFiles"/>), then the two folders trade places in
/// one step (<see cref="FolderSwap"/>). Until then the output is only read; after it, it is the whole new site. Files
/// stream in (the site can have 100,000 pages, so they are never all held). Unchanged files are hard links to the
/// live ones, so they keep their timestamps and a deploy uploads only what changed; a write that changes nothing swaps
/// nothing. No link found in the output or the staging folder is ever followed. A first build (no output folder yet)
/// makes the staging folder and renames it.
/// </summary>
public static class SiteWriter
{
    public static WriteSummary Write(string outputDirectory, IEnumerable<OutputFile> files) =>
        Write(outputDirectory, files, new DiagnosticBag(), progress: null)!;

    /// <param name="diagnostics">Checked once the stream has ended: an error reported while the files were made
    /// means the output is left as it was.</param>
    /// <param name="progress">Told the number of files handled so far.</param>
    /// <param name="cancellation">Stops the write between two files; the output is then left as it was.</param>
    /// <returns>What was done, or null when an error was reported and nothing was written.</returns>
    public static WriteSummary? Write(string outputDirectory, IEnumerable<OutputFile> files, DiagnosticBag diagnostics, IProgress<int>? progress, CancellationToken cancellation = default)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var staging = StagingFolder.For(output);
        FolderSwap.Recover(output, staging);
        var live = FileIdentity.Of(output).Kind switch
        {
            FileKind.None => null,
            FileKind.Directory => output,
            _ => throw new IOException($"'{output}' is not a folder; the site is written only into a real folder."),
        };
        var fresh = PrepareStaging(staging, live is null);

        // What the two folders hold now is needed only at the end; both are listed on one other thread while the files
        // are made (one more thread than that only makes the workers wait for the cores).
        var listings = Task.Run(() => (
            Live: live is null ? null : TreeWalk.NonFolders(live).Select(e => e.Path).ToList(),
            Staged: fresh ? null : TreeWalk.Entries(staging).ToList()));
        try
        {
            var staged = StagedFiles.Stage(files, live, staging, fresh, progress, cancellation);
            if (diagnostics.HasErrors)
            {
                Abandon(staging, live);
                return null;
            }

            var (liveFiles, stagedBefore) = listings.GetAwaiter().GetResult();
            if (stagedBefore is not null)
            {
                RemoveLeftovers(staging, stagedBefore, staged.Produced);
            }

            var vanished = liveFiles?.Count(path => !staged.Produced.ContainsKey(path)) ?? 0;
            cancellation.ThrowIfCancellationRequested();
            if (live is null)
            {
                Directory.Move(staging, output);
            }
            else if (staged.Written > 0 || vanished > 0)
            {
                FolderSwap.Exchange(staging, output);
            }

            return new WriteSummary(staged.Written, staged.Unchanged, vanished, staged.Bytes, staged.Pages);
        }
        catch (AggregateException e)
        {
            Abandon(staging, live);
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            throw;
        }
        catch
        {
            Abandon(staging, live);
            throw;
        }
    }

    /// <summary>Makes sure the staging folder is a real folder; true when it was made empty for this write. A first
    /// build starts from an empty one (anything a killed build left there is of no use).</summary>
    private static bool PrepareStaging(string staging, bool firstBuild)
    {
        var kind = FileIdentity.Of(staging).Kind;
        if (kind == FileKind.Directory && !firstBuild)
        {
            return false;
        }

        TreeWalk.Delete(staging);
        Directory.CreateDirectory(staging);
        return true;
    }

    /// <summary>After a failed first build the staging folder holds nothing worth keeping. Otherwise it is kept: the
    /// next build brings it up to date from wherever this one stopped.</summary>
    private static void Abandon(string staging, string? live)
    {
        if (live is null)
        {
            TreeWalk.Delete(staging);
        }
    }

    /// <summary>Whatever the staging folder held that the new site does not have: the files of the site before that
    /// are gone, and anything a killed build or a person left. Links go as links. A folder left empty goes too.</summary>
    private static void RemoveLeftovers(string staging, IReadOnlyList<TreeEntry> before, IReadOnlyDictionary<string, byte> produced)
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in before.Where(e => e.Kind != FileKind.Directory && !produced.ContainsKey(e.Path)))
        {
            var path = Path.Combine(staging, entry.Path);
            // A folder of the new site may have taken the place of a file that was here.
            if (FileIdentity.Of(path).Kind is not (FileKind.Directory or FileKind.None))
            {
                File.Delete(path);
                emptied.Add(Parent(entry.Path));
            }
        }

        // Folders that were empty already, and those that held what was deleted, deepest first.
        var withChildren = before.Select(e => Parent(e.Path)).ToHashSet(StringComparer.Ordinal);
        emptied.UnionWith(before.Where(e => e.Kind == FileKind.Directory && !withChildren.Contains(e.Path)).Select(e => e.Path));
        foreach (var folder in emptied.Where(f => f.Length > 0).OrderByDescending(f => f.Length))
        {
            for (var current = folder; current.Length > 0; current = Parent(current))
            {
                var path = Path.Combine(staging, current);
                if (FileIdentity.Of(path).Kind != FileKind.Directory || Directory.EnumerateFileSystemEntries(path).Any())
                {
                    break;
                }

                Directory.Delete(path);
            }
        }
    }

    private static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
