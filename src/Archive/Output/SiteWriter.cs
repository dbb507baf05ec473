namespace PaperArchive.Output;

/// <summary>
/// Writes the site so that <c>output/</c> is never half-written: every file goes to a staging folder beside it
/// first, and only when all of them are written does the staging folder replace the old output.
/// </summary>
public static class SiteWriter
{
    public static WriteSummary Write(string outputDirectory, IEnumerable<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDirectory);
        var staging = output.TrimEnd(Path.DirectorySeparatorChar) + ".staging";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        var written = 0;
        long bytes = 0;
        var paths = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var file in files)
            {
                if (!paths.Add(file.Path))
                {
                    throw new InvalidOperationException($"the site has two files at '{file.Path}'.");
                }

                var target = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
                written++;
                bytes += file.Content.Length;
            }
        }
        catch
        {
            Directory.Delete(staging, recursive: true);
            throw;
        }

        var retired = output.TrimEnd(Path.DirectorySeparatorChar) + ".old";
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }

        if (Directory.Exists(output))
        {
            Directory.Move(output, retired);
        }

        Directory.Move(staging, output);
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }

        return new WriteSummary(written, 0, 0, bytes);
    }
}
