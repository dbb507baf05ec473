using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Turns a listing's blocks into entries: a title, its abstract, and the metadata block that may follow.
/// Malformed entries are reported and kept (a title without an abstract still becomes a paper), never dropped.
/// </summary>
internal static class EntryAssembler
{
    public static List<RawEntry> Assemble(string file, IReadOnlyList<TextBlock> blocks, DiagnosticBag diagnostics)
    {
        var entries = new List<RawEntry>();
        var index = 0;
        while (index < blocks.Count)
        {
            var block = blocks[index++];
            if (block.IsMetadata)
            {
                diagnostics.Warning(DiagnosticIds.MetadataWithoutTitle, block.First.LocationIn(file),
                    "this metadata block follows no title and abstract; it is ignored.");
                continue;
            }

            var title = block.First;
            string? abstractText = block.Lines.Count > 1
                ? string.Join(' ', block.Lines.Skip(1).Select(l => l.Text.Trim()))
                : null;
            if (abstractText is null && index < blocks.Count && IsAbstract(blocks, index))
            {
                abstractText = string.Join(' ', blocks[index++].Lines.Select(l => l.Text.Trim()));
            }

            if (abstractText is null)
            {
                diagnostics.Warning(DiagnosticIds.TitleWithoutAbstract, title.LocationIn(file),
                    $"'{Shorten(title.Text)}' has no abstract; the paper is kept without one.");
            }

            EntryMetadata? metadata = null;
            if (index < blocks.Count && blocks[index].IsMetadata)
            {
                metadata = MetadataReader.Read(file, blocks[index++], diagnostics);
            }

            entries.Add(new RawEntry(title.Text.Trim(), abstractText ?? string.Empty, title.LocationIn(file), metadata));
        }

        return entries;
    }

    /// <summary>The block at <paramref name="index"/> is the abstract unless it is metadata, or it looks like the next
    /// title and is itself followed by an abstract (the title before it lost its abstract).</summary>
    private static bool IsAbstract(IReadOnlyList<TextBlock> blocks, int index)
    {
        var candidate = blocks[index];
        if (candidate.IsMetadata)
        {
            return false;
        }

        var next = index + 1 < blocks.Count ? blocks[index + 1] : null;
        return !(candidate.LooksLikeTitle && next is { IsMetadata: false, LooksLikeTitle: false });
    }

    internal static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
