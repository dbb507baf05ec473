using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.BrowserCopy;

/// <summary>
/// Turns a listing's blocks into entries: a title, its abstract, and the metadata block that may follow.
/// Malformed entries are reported and kept (a title without an abstract still becomes a paper), never dropped.
/// </summary>
internal static class EntryAssembler
{
    public static List<PaperCard> Assemble(string file, IReadOnlyList<TextBlock> blocks, DiagnosticBag diagnostics)
    {
        var cards = new List<PaperCard>();
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
            string? abstractText = null;
            var abstractLocation = title.LocationIn(file);
            if (block.Lines.Count > 1)
            {
                abstractText = string.Join(' ', block.Lines.Skip(1).Select(l => l.Text.Trim()));
                abstractLocation = block.Lines[1].LocationIn(file);
            }
            else if (index < blocks.Count && IsAbstract(blocks, index))
            {
                abstractLocation = blocks[index].First.LocationIn(file);
                abstractText = string.Join(' ', blocks[index++].Lines.Select(l => l.Text.Trim()));
            }

            if (abstractText is null)
            {
                diagnostics.Warning(DiagnosticIds.TitleWithoutAbstract, title.LocationIn(file),
                    $"'{Snippet.Of(title.Text)}' has no abstract; the paper is kept without one.");
            }

            var card = new PaperCard(Shown.At(title.Text.Trim(), title.LocationIn(file)))
            {
                Abstract = abstractText is null ? null : Shown.At(abstractText, abstractLocation),
            };
            if (index < blocks.Count && blocks[index].IsMetadata)
            {
                card = MetadataReader.Read(file, blocks[index++], diagnostics).ApplyTo(card);
            }

            cards.Add(card);
        }

        return cards;
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
}
