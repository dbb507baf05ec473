using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;

namespace PaperArchive.Input;

/// <summary>Reads every <c>input/metadata/&lt;slug&gt;.yml</c> written by <c>archive enrich</c>, in ordinal file-name order.
/// The folder is optional; files whose names start with '.' (an unfinished write) are skipped, and like every input
/// file, none is read through a link leading outside the input folder.</summary>
public static class MetadataLoader
{
    public const string MetadataFolder = "metadata";
    public const string Extension = ".yml";

    /// <summary>The metadata of an input folder on its own (what <c>archive enrich</c> already knows).</summary>
    public static IReadOnlyList<PaperMetadata> Load(string inputDirectory, Func<string, string> displayPath, DiagnosticBag diagnostics) =>
        ReadableFolder.Open(inputDirectory, "input") is { } input ? Load(inputDirectory, input, displayPath, diagnostics) : [];

    internal static IReadOnlyList<PaperMetadata> Load(string inputDirectory, ReadableFolder input, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        var metadata = new List<PaperMetadata>();
        var files = InputBoundary.FilesIn(input, Path.Combine(inputDirectory, MetadataFolder), "*" + Extension, displayPath, diagnostics);
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
