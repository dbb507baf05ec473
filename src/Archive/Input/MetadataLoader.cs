using PaperArchive.Diagnostics;

namespace PaperArchive.Input;

/// <summary>Reads every <c>input/metadata/&lt;slug&gt;.yml</c> written by <c>archive enrich</c>, in ordinal file-name order.
/// The folder is optional; files whose names start with '.' (an unfinished write) are skipped.</summary>
public static class MetadataLoader
{
    public const string MetadataFolder = "metadata";
    public const string Extension = ".yml";

    public static IReadOnlyList<PaperMetadata> Load(string inputDirectory, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputDirectory, MetadataFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var metadata = new List<PaperMetadata>();
        var files = Directory.EnumerateFiles(folder, "*" + Extension)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var file = displayPath(path);
            try
            {
                if (MetadataParser.Parse(Path.GetFileNameWithoutExtension(path), file, File.ReadAllText(path), diagnostics) is { } paper)
                {
                    metadata.Add(paper);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticIds.FileUnreadable, SourceLocation.Of(file), $"cannot read this file: {e.Message}");
            }
        }

        return metadata;
    }
}
