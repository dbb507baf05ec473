using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;

namespace PaperArchive.Input;

/// <summary>Reads every <c>input/papers/&lt;slug&gt;.md</c> override, in ordinal file-name order. The folder is optional.
/// An override whose name no slug can have, or that links outside the input folder, is an error, never a silent skip.</summary>
internal static class OverrideLoader
{
    public const string PapersFolder = "papers";

    public static IReadOnlyList<PaperOverride> Load(string inputDirectory, ReadableFolder input, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var overrides = new List<PaperOverride>();
        var files = InputBoundary.FilesIn(input, Path.Combine(inputDirectory, PapersFolder), "*.md", displayPath, diagnostics);
        foreach (var path in files)
        {
            var file = displayPath(path);
            try
            {
                var slug = Path.GetFileNameWithoutExtension(path);
                overrides.Add(OverrideParser.Parse(slug, file, File.ReadAllText(path), diagnostics));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticIds.FileUnreadable, SourceLocation.Of(file), $"cannot read this file: {e.Message}");
            }
        }

        return overrides;
    }
}
