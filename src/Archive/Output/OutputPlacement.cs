using PaperArchive.Caching;
using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;

namespace PaperArchive.Output;

/// <summary>
/// Where the output folder may be: a real folder (not a link), apart from the input and theme folders. A build
/// replaces the whole output folder, so one that held the input would move the input away; an output or cache inside
/// the input or theme would be read (theme assets are copied from every subfolder) or, under <c>serve</c>, watched, so
/// that each build would start the next.
/// </summary>
public static class OutputPlacement
{
    /// <returns>False, with an error, when the output or cache folder is misplaced; nothing may be built then.</returns>
    public static bool Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ErrorCount;
        var output = Resolved(options.OutputDirectory);
        // Without its trailing slash: "output/" would name the folder a link points to, not the link.
        if (FileIdentity.Of(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory))).Kind == FileKind.Link)
        {
            diagnostics.Error(DiagnosticIds.OutputFolderIsLink, null,
                $"the output folder '{options.OutputDirectory}' is a link to '{output}'; give that folder itself with --output, so that the new site replaces it in one step and nothing is written through a link.");
        }

        var cache = Resolved(options.CacheDirectory ?? BuildCache.FolderFor(options.OutputDirectory));
        foreach (var (folder, role) in new[] { (options.InputDirectory, "input"), (options.TemplateDirectory, "theme") })
        {
            var other = Resolved(folder);
            if (output == other)
            {
                Overlap(diagnostics, $"the output folder '{options.OutputDirectory}' is the {role} folder");
            }
            else if (IsWithin(output, other))
            {
                Overlap(diagnostics, $"the output folder '{options.OutputDirectory}' is inside the {role} folder '{folder}'");
            }
            else if (IsWithin(other, output))
            {
                Overlap(diagnostics, $"the output folder '{options.OutputDirectory}' holds the {role} folder '{folder}'");
            }
            else if (options.UseCache && (cache == other || IsWithin(cache, other)))
            {
                Overlap(diagnostics, $"the build cache '{cache}' is inside the {role} folder '{folder}'");
            }
        }

        return diagnostics.ErrorCount == errors;
    }

    private static void Overlap(DiagnosticBag diagnostics, string problem) =>
        diagnostics.Error(DiagnosticIds.OutputFolderOverlaps, null,
            $"{problem}; a build replaces the whole output folder and must never read or watch what it writes. Choose an output folder apart from input/ and theme/.");

    private static bool IsWithin(string inner, string outer) =>
        inner.StartsWith(outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The full path with every link resolved, as far as the path exists.</summary>
    private static string Resolved(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        if (NativeFiles.RealPath(full) is { } real)
        {
            return real;
        }

        var parent = Path.GetDirectoryName(full);
        return parent is null ? full : Path.Combine(Resolved(parent), Path.GetFileName(full));
    }
}
