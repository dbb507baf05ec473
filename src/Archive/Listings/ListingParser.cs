using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Listings.ArxivListing;
using PaperArchive.Listings.BrowserCopy;
using PaperArchive.Listings.GitHubDigest;
using PaperArchive.Listings.Markdown;
using PaperArchive.Listings.PaperPage;
using PaperArchive.Listings.PapersApi;
using PaperArchive.Listings.SavedHtml;
using PaperArchive.Listings.TextExport;

namespace PaperArchive.Listings;

/// <summary>
/// Parses one capture: decodes its bytes, recognises its form from the content (never the file name), lets the
/// matching decoder read its cards, passes them through the plausibility gate, then resolves every date against the
/// capture date.
/// </summary>
public sealed class ListingParser
{
    private readonly IReadOnlyList<IListingDecoder> _decoders;

    internal ListingParser(IReadOnlyList<IListingDecoder> decoders) => _decoders = decoders;

    /// <summary>The decoders in the order they are asked.</summary>
    internal IReadOnlyList<IListingDecoder> Decoders => _decoders;

    /// <summary>The decoders of every form we know, most specific first: a form that is easy to tell apart comes
    /// before the loose ones (the browser copy accepts almost any text with blank lines).</summary>
    public static ListingParser Default { get; } =
        new([
            new PapersApiDecoder(), new SavedHtmlDecoder(), new GitHubDigestDecoder(), new ArxivListingDecoder(), new PaperPageDecoder(),
            new MarkdownClipDecoder(), new TextExportDecoder(), new BrowserPageDecoder(), new CompactCopyDecoder(),
        ]);

    /// <summary>Returns null when nothing could be read; the reason is in <paramref name="diagnostics"/>.</summary>
    public Listing? Parse(RawListing raw, ListingConfig? config, DiagnosticBag diagnostics) =>
        Read(raw, config, diagnostics)?.Listing;

    /// <summary>The listing and the cards it was made of (for <c>archive read</c>), or null when nothing could be read.</summary>
    public ParsedCapture? Read(RawListing raw, ListingConfig? config, DiagnosticBag diagnostics)
    {
        if (TextDecoding.DecodeLines(raw, diagnostics) is not { } lines)
        {
            return null;
        }

        if (lines.All(string.IsNullOrWhiteSpace))
        {
            diagnostics.Error(DiagnosticIds.ListingEmpty, SourceLocation.Of(raw.Path), "this listing is empty.");
            return null;
        }

        // Lines are cut for length (with a warning) only when a decoder that reads lines is asked.
        var whole = ListingText.Whole(raw.Path, lines);
        ListingText? cut = null;
        ListingText TextFor(IListingDecoder d) => d.ReadsLongLines ? whole : cut ??= ListingText.Read(raw.Path, lines, diagnostics);
        var decoder = _decoders.FirstOrDefault(d => d.Recognizes(TextFor(d)));
        var text = decoder is null ? null : TextFor(decoder);
        if (decoder is null || text is null)
        {
            diagnostics.Error(DiagnosticIds.ListingUnknownFormat, SourceLocation.Of(raw.Path),
                "this file is not a saved paper listing in any known form (see docs/listing-forms.md); no paper was read from it.");
            return null;
        }

        var capture = decoder.Decode(text, diagnostics);
        EndOfFile.WarnIfCutOff(text, capture, diagnostics);
        if (capture.Cards.Count == 0)
        {
            diagnostics.Error(DiagnosticIds.ListingEmpty, SourceLocation.Of(raw.Path),
                $"no paper was found in this listing (read as {capture.Form}).");
            return null;
        }

        if (PlausibilityGate.Check(raw.Path, capture.Form, capture.Cards, diagnostics) is not { } cards)
        {
            return null;
        }

        if (CaptureDateResolver.Resolve(raw.File, raw.Path, capture, config, diagnostics) is not { } captured)
        {
            return null;
        }

        var entries = cards.Select(card => Resolve(card, captured, diagnostics)).ToList();
        return new ParsedCapture(new Listing(raw.File, config?.Title, capture.Form, captured, entries), cards);
    }

    private static ListingEntry Resolve(PaperCard card, DateOnly captured, DiagnosticBag diagnostics)
    {
        DateOnly? published = null;
        if ((card.Published ?? card.Announced) is { } partial)
        {
            published = partial.ResolveAgainst(captured);
            if (published is null)
            {
                diagnostics.Warning(DiagnosticIds.InvalidDate, partial.Location,
                    $"'{partial}' is not a real date (in {partial.YearAgainst(captured)}); the paper is kept without a publication date.");
            }
        }

        var names = card.AuthorNames?.Value ?? [];
        return new ListingEntry(
            ControlCharacters.CleanTitle(card.Title.Value),
            card.Abstract is { } a ? ControlCharacters.CleanAbstract(a.Value) : null,
            card.Location,
            card.AuthorTotal,
            card.Organization?.Value,
            published,
            card.Upvotes?.Value,
            card.ArxivId?.Value)
        {
            AuthorNames = names.Count == 0 ? Array.Empty<string>() : names.Select(ControlCharacters.CleanTitle).ToList(),
        };
    }
}

/// <summary>A parsed capture: the listing the build uses, and the cards (with their places) it was made of.</summary>
public sealed record ParsedCapture(Listing Listing, IReadOnlyList<PaperCard> Cards);
