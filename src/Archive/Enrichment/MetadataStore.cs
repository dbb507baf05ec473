using PaperArchive.Diagnostics;
using PaperArchive.Input;

namespace PaperArchive.Enrichment;

/// <summary>
/// Writes metadata files into <c>input/metadata/</c>, each atomically: the text goes to a hidden file beside it, which
/// then replaces the file in one step. A run stopped at any moment (Ctrl+C, a crash, a full disk) leaves every file
/// either as it was or complete, and the loader skips the hidden files.
/// </summary>
public sealed class MetadataStore(string inputDirectory)
{
    public string Folder { get; } = Path.Combine(inputDirectory, MetadataLoader.MetadataFolder);

    public string PathFor(string slug) => Path.Combine(Folder, slug + MetadataLoader.Extension);

    public void Save(PaperMetadata metadata)
    {
        Directory.CreateDirectory(Folder);
        var path = PathFor(metadata.Slug);
        var pending = Path.Combine(Folder, $".{metadata.Slug}{MetadataLoader.Extension}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(pending, MetadataWriter.Write(metadata));
            File.Move(pending, path, overwrite: true);
        }
        finally
        {
            File.Delete(pending);
        }
    }

    /// <summary>The metadata a store is about to write for an outcome, asked on <paramref name="day"/>.</summary>
    public static PaperMetadata For(LookupOutcome outcome, DateOnly day)
    {
        var location = SourceLocation.Of(outcome.Paper.Slug + MetadataLoader.Extension);
        return outcome.Kind switch
        {
            OutcomeKind.Found => new PaperMetadata(outcome.Paper.Slug, location, MetadataStatus.Found) { PaperTitle = outcome.Paper.Title, Arxiv = outcome.Entry },
            OutcomeKind.Ambiguous => new PaperMetadata(outcome.Paper.Slug, location, MetadataStatus.Ambiguous) { PaperTitle = outcome.Paper.Title, Candidates = outcome.Candidates, Asked = day },
            _ => new PaperMetadata(outcome.Paper.Slug, location, MetadataStatus.NotFound) { PaperTitle = outcome.Paper.Title, Asked = day },
        };
    }
}
