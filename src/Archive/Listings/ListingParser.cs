using PaperArchive.Configuration;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Parses one listing file: decodes it, recognises its form from the text (never the file name), reads its
/// entries with the matching reader, then resolves every date against the capture date.
/// </summary>
public sealed class ListingParser
{
    private readonly IReadOnlyList<IListingReader> _readers;

    public ListingParser(IReadOnlyList<IListingReader> readers) => _readers = readers;

    /// <summary>The readers of every form we know, most specific first.</summary>
    public static ListingParser Default { get; } =
        new([new MarkdownClipReader(), new PlainTextExportReader(), new DailyPapersPageReader(), new CompactTextReader()]);

    /// <summary>Returns null when nothing could be read; the reason is in <paramref name="diagnostics"/>.</summary>
    public Listing? Parse(ListingSource source, ListingConfig? config, DiagnosticBag diagnostics)
    {
        if (ListingDecoder.DecodeLines(source, diagnostics) is not { } lines)
        {
            return null;
        }

        var text = ListingText.Read(source.Path, lines, diagnostics);
        if (text.Lines.All(string.IsNullOrWhiteSpace))
        {
            diagnostics.Error(DiagnosticIds.ListingEmpty, SourceLocation.Of(source.Path), "this listing is empty.");
            return null;
        }

        var reader = _readers.FirstOrDefault(r => r.Recognizes(text));
        if (reader is null)
        {
            diagnostics.Error(DiagnosticIds.ListingUnknownFormat, SourceLocation.Of(source.Path),
                "this file is not a saved Daily Papers listing in any known form (a page copied from the browser, its compact copy, a Markdown clip or a plain-text export); no paper was read from it.");
            return null;
        }

        var raw = reader.Read(text, diagnostics);
        EndOfFile.WarnIfCutOff(text, raw, diagnostics);
        if (raw.Entries.Count == 0)
        {
            diagnostics.Error(DiagnosticIds.ListingEmpty, SourceLocation.Of(source.Path),
                "no paper entry was found in this listing.");
            return null;
        }

        if (CaptureDateResolver.Resolve(source.File, text, raw, config, diagnostics) is not { } captured)
        {
            return null;
        }

        var entries = raw.Entries.Select(entry => Resolve(entry, captured, diagnostics)).ToList();
        return new Listing(source.File, config?.Title, raw.Format, captured, entries);
    }

    private static ListingEntry Resolve(RawEntry entry, DateOnly captured, DiagnosticBag diagnostics)
    {
        var metadata = entry.Metadata;
        DateOnly? published = null;
        if (metadata?.Published is { } partial)
        {
            published = partial.ResolveAgainst(captured);
            if (published is null)
            {
                diagnostics.Warning(DiagnosticIds.InvalidDate, partial.Location,
                    $"'{partial}' is not a real date (in {partial.YearAgainst(captured)}); the paper is kept without a publication date.");
            }
        }

        return new ListingEntry(ControlCharacters.CleanTitle(entry.Title), ControlCharacters.CleanAbstract(entry.Abstract), entry.Location, metadata?.Authors, metadata?.Organization,
            published, metadata?.Upvotes ?? 0, entry.ArxivId);
    }
}
