using PaperArchive.Diagnostics;

namespace PaperArchive.Input;

/// <summary>Reads every <c>input/papers/&lt;slug&gt;.md</c> override, in ordinal file-name order. The folder is optional.</summary>
public static class OverrideLoader
{
    public const string PapersFolder = "papers";

    public static IReadOnlyList<PaperOverride> Load(string inputDirectory, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputDirectory, PapersFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var overrides = new List<PaperOverride>();
        var files = Directory.EnumerateFiles(folder, "*.md")
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
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
