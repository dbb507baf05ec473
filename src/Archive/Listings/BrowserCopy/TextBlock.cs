namespace PaperArchive.Listings.BrowserCopy;

/// <summary>Consecutive lines of a listing that belong together: a title, an abstract, or a metadata block.</summary>
internal sealed record TextBlock(IReadOnlyList<TextLine> Lines)
{
    public const string MetadataSeparator = MetadataCollector.Separator;

    public TextLine First => Lines[0];

    /// <summary>A metadata block has the middle-dot line between the authors and the date. Decided once: the
    /// assembler asks several times per block.</summary>
    public bool IsMetadata { get; } = Lines.Any(l => l.Text.Trim() == MetadataSeparator);

    /// <summary>A title is one short line that does not end a sentence; abstracts are long and end with a full stop.</summary>
    public bool LooksLikeTitle =>
        Lines.Count == 1 && First.Text.Length <= 300 && !First.Text.TrimEnd().EndsWith('.') && !IsMetadata;
}
