using PaperArchive.Listings;
using PaperArchive.Tests.Support;
using static PaperArchive.Tests.Support.Listings;

namespace PaperArchive.Tests.Listings;

/// <summary>Every real capture is taken for its own form, from its content alone, whatever its file is called.</summary>
public sealed class FormRecognitionTests
{
    public static TheoryData<string, ListingFormat> Captures => new()
    {
        { "../../../../input/listings/2025-12-08-ai-values.txt", ListingFormat.DailyPapersPage },
        { "../../../../input/listings/explaining-model-decisions.txt", ListingFormat.CompactText },
        { "Forms/markdown-firecrawl-search.md", ListingFormat.MarkdownClip },
        { "Forms/markdown-trending-structured-html.md", ListingFormat.MarkdownClip },
        { "Forms/markdown-web-source-fenced.md", ListingFormat.MarkdownClip },
        { "Forms/export-notebook-search.txt", ListingFormat.PlainTextExport },
        { "Forms/2026-07-28-export-notebook-search-tail.txt", ListingFormat.PlainTextExport },
        { "Forms/2026-06-29-markdown-web-source-tail.md", ListingFormat.MarkdownClip },
        { "Forms/markdown-crawl-trending-bare-headings.md", ListingFormat.MarkdownClip },
        { "Forms/markdown-digest-bold-links.md", ListingFormat.MarkdownClip },
        { "Forms/2026-04-20-markdown-blog-digest.md", ListingFormat.MarkdownClip },
        { "Forms/2023-09-11-markdown-newsletter-sections.md", ListingFormat.MarkdownClip },
    };

    [Theory]
    [MemberData(nameof(Captures))]
    public void A_capture_is_taken_for_its_form_by_the_first_decoder_that_recognises_it(string file, ListingFormat form)
    {
        var text = new ListingText(file, File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", file)));

        var decoder = ListingParser.Default.Decoders.First(d => d.Recognizes(text));

        Assert.Equal(form, decoder.Form);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void The_file_name_and_extension_do_not_change_the_form(string file, ListingFormat form)
    {
        var content = File.ReadAllText(Path.Combine(RepoPaths.TestFiles, "Listings", file));

        foreach (var name in new[] { "capture", "capture.txt", "capture.md", "capture.html", "capture.json" })
        {
            var (listing, _) = Parse(name, content, new("x", new DateOnly(2026, 10, 5), null, default));
            Assert.Equal(form, listing!.Format);
        }
    }
}
