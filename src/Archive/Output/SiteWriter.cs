using System.Runtime.ExceptionServices;
using PaperArchive.Diagnostics;

namespace PaperArchive.Output;

/// <summary>
/// Writes the site incrementally and never half-written. Files stream in (the site can have 100,000 pages, so
/// they are never all held); each one whose bytes differ from the current output is staged in
/// <see cref="StagingFolder"/>, an unchanged one is only remembered. Only once the stream has ended without an
/// exception or an error diagnostic is <c>output/</c> touched: vanished files are deleted and staged files are
/// moved into place. Unchanged files keep their timestamps, so a deploy uploads only what changed. A first build
/// (no output folder yet) has nothing to compare or keep: its files are staged at their own paths and the staging
/// folder becomes the output in one rename.
/// </summary>
public static class SiteWriter
{
    public static WriteSummary Write(string outputDirectory, IEnumerable<OutputFile> files) =>
        Write(outputDirectory, files, new DiagnosticBag(), progress: null)!;

    /// <param name="diagnostics">Checked once the stream has ended: an error reported while the files were made
    /// means the output is left as it was.</param>
    /// <param name="progress">Told the number of files handled so far.</param>
    /// <returns>What was done, or null when an error was reported and nothing was written.</returns>
    public static WriteSummary? Write(string outputDirectory, IEnumerable<OutputFile> files, DiagnosticBag diagnostics, IProgress<int>? progress)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var staging = StagingFolder.For(output);
        DeleteFolder(staging);
        Directory.CreateDirectory(staging);
        var first = !Directory.Exists(output);

        // What the output holds now is needed only at the end (to find vanished files), and nothing changes it before
        // then: it is listed on another thread while the files are made, not after.
        var existing = first ? null : Task.Run(() => Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList());
        try
        {
            var staged = StagedFiles.Stage(files, first ? null : output, staging, progress);
            if (diagnostics.HasErrors)
            {
                DeleteFolder(staging);
                return null;
            }

            var deleted = 0;
            if (first)
            {
                Directory.Move(staging, output);
            }
            else
            {
                deleted = Apply(output, staged, existing!.GetAwaiter().GetResult());
                DeleteFolder(staging);
            }

            return new WriteSummary(staged.Written.Count, staged.Unchanged, deleted, staged.Bytes, staged.Pages);
        }
        catch (AggregateException e)
        {
            DeleteFolder(staging);
            ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            throw;
        }
        catch
        {
            DeleteFolder(staging);
            throw;
        }
    }

    /// <summary>Vanished files go first, so a path that turns from a file into a folder (or back) is free when the
    /// staged file moves in; each move is an atomic rename.</summary>
    private static int Apply(string output, StagedFiles staged, IReadOnlyList<string> existing)
    {
        Directory.CreateDirectory(output);
        var vanished = existing
            .Where(path => !staged.Produced.ContainsKey(Path.GetRelativePath(output, path).Replace('\\', '/')))
            .ToList();
        foreach (var path in vanished)
        {
            File.Delete(path);
        }

        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, copy) in staged.Written.OrderBy(w => w.Path, StringComparer.Ordinal))
        {
            var target = Path.Combine(output, relative);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            if (folders.Add(Path.GetDirectoryName(target)!))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            }

            File.Move(copy, target, overwrite: true);
        }

        DeleteEmptyFolders(output, vanished);
        return vanished.Count;
    }

    /// <summary>Only a folder that held a deleted file can have become empty; each is removed, then its parent if
    /// that is now empty too, up to the output folder.</summary>
    private static void DeleteEmptyFolders(string output, IEnumerable<string> deletedFiles)
    {
        foreach (var file in deletedFiles)
        {
            var folder = Path.GetDirectoryName(file);
            while (folder is not null && folder.Length > output.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                folder = Path.GetDirectoryName(folder);
            }
        }
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
