using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.TextExport;

/// <summary>
/// Groups a plain-text export's items into entries. A title starts an entry; the next text is its abstract unless it
/// links to another paper (then the title lost its abstract); after the abstract, metadata items belong to the entry,
/// and a text just before the <c>·</c> or the date is the organisation. Any other text starts the next entry.
/// </summary>
internal static class ExportEntries
{
    public static List<PaperCard> Read(string file, IReadOnlyList<ExportItem> items, DiagnosticBag diagnostics)
    {
        var entries = new List<PaperCard>();
        var index = 0;
        while (index < items.Count)
        {
            var title = items[index++];
            if (MetadataCollector.IsMetadata(title.Line.Text))
            {
                diagnostics.Warning(DiagnosticIds.MetadataWithoutTitle, title.Line.LocationIn(file),
                    $"'{Snippet.Of(title.Line.Text)}' follows no title and abstract; it is ignored.");
                continue;
            }

            var location = title.Line.LocationIn(file);
            var arxivId = PaperLinks.ArxivIdOf(title.Url, null, location, diagnostics);
            ExportItem? abstractText = null;
            if (index < items.Count && IsAbstract(title, items[index]))
            {
                abstractText = items[index++];
            }
            else
            {
                diagnostics.Warning(DiagnosticIds.TitleWithoutAbstract, location,
                    $"'{Snippet.Of(title.Line.Text)}' has no abstract; the paper is kept without one.");
            }

            var metadata = new MetadataCollector(file, diagnostics);
            while (index < items.Count && IsMetadataOf(items, index))
            {
                metadata.Add(items[index].Line.Text, items[index].Line);
                index++;
            }

            var card = new PaperCard(Shown.At(title.Line.Text, location))
            {
                Abstract = abstractText is null ? null : Shown.At(abstractText.Line.Text, abstractText.Line.LocationIn(file)),
                ArxivId = arxivId is null ? null : Shown.At(arxivId, location),
            };
            entries.Add(metadata.Result?.ApplyTo(card) ?? card);
        }

        return entries;
    }

    private static bool IsAbstract(ExportItem title, ExportItem candidate) =>
        !MetadataCollector.IsMetadata(candidate.Line.Text) &&
        !(candidate.Url is { } url && ArxivId.IsPaperUrl(url) && !string.Equals(url, title.Url, StringComparison.Ordinal));

    /// <summary>Metadata items, and the organisation name: a text followed by the <c>·</c> separator or a date.</summary>
    private static bool IsMetadataOf(IReadOnlyList<ExportItem> items, int index)
    {
        if (MetadataCollector.IsMetadata(items[index].Line.Text))
        {
            return true;
        }

        var next = index + 1 < items.Count ? items[index + 1].Line.Text : null;
        var isByline = next is not null && (next == MetadataCollector.Separator || DateLine.IsBareDate(next));
        return isByline && !(items[index].Url is { } url && ArxivId.IsPaperUrl(url));
    }
}
