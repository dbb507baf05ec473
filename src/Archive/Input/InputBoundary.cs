using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;

namespace PaperArchive.Input;

/// <summary>The input folder's limits, as the loaders apply them: a file whose name no curator means, or that is a
/// link leading out of the input folder, is an error that names it and is never read.</summary>
internal static class InputBoundary
{
    /// <summary>True when <paramref name="path"/> (a file, or a folder when <paramref name="folder"/>) may be read.</summary>
    public static bool Allows(ReadableFolder input, string path, bool folder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        if (input.WhyNot(path, folder) is not { } why)
        {
            return true;
        }

        diagnostics.Error(DiagnosticIds.InputLinkOutside, SourceLocation.Of(displayPath(path)),
            $"this {(folder ? "folder" : "file")} {why}; the build reads only inside the input folder. Copy it in instead.");
        return false;
    }

    /// <summary>True when the file name of <paramref name="path"/> is one a listing or override can have.</summary>
    public static bool NameAllowed(string path, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        if (FileNames.Problem(Path.GetFileName(path)) is not { } problem)
        {
            return true;
        }

        diagnostics.Error(DiagnosticIds.InputNameUnsafe, SourceLocation.Of(FileNames.Printable(displayPath(path))),
            $"the file name {problem}, which no listing, paper override or metadata file may have; it is not read. Rename the file (letters, digits, '-' and '.').");
        return false;
    }

    /// <summary>The files of an optional subfolder of the input that may be read, in ordinal name order: each name one a
    /// curator means, no link leading outside, no hidden file (an unfinished write).</summary>
    public static IReadOnlyList<string> FilesIn(ReadableFolder input, string folder, string pattern, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder) || !Allows(input, folder, folder: true, displayPath, diagnostics))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, pattern)
            .Where(f => NameAllowed(f, displayPath, diagnostics) && !Path.GetFileName(f).StartsWith('.'))
            .Where(f => Allows(input, f, folder: false, displayPath, diagnostics))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
