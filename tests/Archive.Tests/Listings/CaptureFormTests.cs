using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using static PaperArchive.Tests.Support.Listings;

namespace PaperArchive.Tests.Listings;

public sealed class CaptureFormTests
{
    [Theory]
    [InlineData("Forms/clip-value-alignment.md")]
    [InlineData("Forms/export-human-feedback.txt")]
    public void A_capture_form_parses_into_the_papers_a_person_reads_on_the_page(string file)
    {
        var (listing, diagnostics) = ParseTestFile(file);
        Support.GoldenFile.AssertMatches($"Listings/{Path.ChangeExtension(file, null)}.expected.txt", CaptureFormSnapshot.Of(listing, diagnostics));
    }

    [Fact]
    public void A_markdown_clip_is_recognised_and_dated_by_its_capture_time_in_utc()
    {
        var (listing, _) = ParseTestFile("Forms/clip-value-alignment.md");

        Assert.Equal(ListingFormat.MarkdownClip, listing!.Format);
        // 2025-12-12T23:41:07-05:00 is already the 13th in UTC.
        Assert.Equal(new DateOnly(2025, 12, 13), listing.Captured);
    }

    [Fact]
    public void A_hard_wrapped_abstract_link_is_joined_into_one_abstract()
    {
        var (listing, _) = ParseTestFile("Forms/clip-value-alignment.md");

        var entry = listing!.Entries.Single(e => e.Title.StartsWith("Value Kaleidoscope", StringComparison.Ordinal));
        Assert.StartsWith("Human values are crucial to human decision-making. Value pluralism is the view that", entry.Abstract);
        Assert.EndsWith("a large-scale dataset of 218k values, rights, and duties.", entry.Abstract);
        Assert.Equal("2309.00779", entry.ArxivId);
        Assert.Equal((13, new DateOnly(2023, 9, 1), 1), (entry.Authors!.Value, entry.Published!.Value, entry.Upvotes));
    }

    [Fact]
    public void A_truncation_marker_ends_the_clip_and_the_cut_entry_is_kept_with_a_warning()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/clip-value-alignment.md");

        var last = listing!.Entries[^1];
        Assert.Equal("Value Drifts: Tracing Value Alignment During LLM Post-Training", last.Title);
        Assert.EndsWith("not only to draw on their", last.Abstract);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.CaptureTruncated && d.Location!.Value.Line == 72);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.EntryCutOff && d.Location!.Value.Line == 70);
    }

    [Fact]
    public void A_plain_text_export_keeps_organisations_upvotes_and_arxiv_ids()
    {
        var (listing, _) = ParseTestFile("Forms/export-human-feedback.txt");

        Assert.Equal(ListingFormat.PlainTextExport, listing!.Format);
        Assert.Equal(new DateOnly(2025, 12, 14), listing.Captured);
        var survey = listing.Entries[0];
        Assert.Equal("A Survey of Reinforcement Learning from Human Feedback", survey.Title);
        Assert.Equal(("University of Tübingen", 19, "2312.14925"), (survey.Organization, survey.Upvotes, survey.ArxivId));
        Assert.Equal(new DateOnly(2023, 12, 22), survey.Published);
        Assert.Equal("2203.02155", listing.Entries[2].ArxivId);
    }

    [Fact]
    public void An_export_entry_without_metadata_does_not_swallow_the_next_title()
    {
        var (listing, _) = ParseTestFile("Forms/export-human-feedback.txt");

        Assert.Equal(
            ["A Survey of Reinforcement Learning from Human Feedback", "Multi-Objective Task-Aware Predictor for Image-Text Alignment",
             "Training language models to follow instructions with human feedback", "Self-Rewarding Language Models",
             "Learning to summarize from human feedback"],
            listing!.Entries.Select(e => e.Title));
        Assert.Null(listing.Entries[3].Published);
        Assert.Equal(5, listing.Entries[4].Authors);
    }

    [Theory]
    [InlineData("https://huggingface.co/papers/2410.05434", "2410.05434")]
    [InlineData("https://arxiv.org/abs/2410.05434v3", "2410.05434")]
    [InlineData("https://arxiv.org/pdf/2410.05434v1.pdf", "2410.05434")]
    [InlineData("http://www.arxiv.org/abs/1501.0001", "1501.0001")]
    [InlineData("https://huggingface.co/papers/2413.05434", null)]
    [InlineData("https://huggingface.co/papers/24100.5434", null)]
    [InlineData("https://huggingface.co/papers/../../etc", null)]
    [InlineData("https://huggingface.co/models", null)]
    public void An_arxiv_id_is_read_from_a_paper_link_and_validated(string url, string? id)
    {
        Assert.Equal(id, ArxivId.FromUrl(url));
    }

    [Fact]
    public void A_paper_link_with_a_malformed_id_is_reported_and_the_paper_kept()
    {
        var text = "---\nurl: https://huggingface.co/papers\nexported: 2025-12-14T07:15:42Z\n---\n\nDec 14\n\n" +
            "A Paper With A Broken Link\nhttps://huggingface.co/papers/2499.99999\nAn abstract that ends.\n";
        var (listing, diagnostics) = Parse("export.txt", text);

        var entry = Assert.Single(listing!.Entries);
        Assert.Null(entry.ArxivId);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.InvalidArxivId, 8), (warning.Id, warning.Location!.Value.Line));
    }

    [Fact]
    public void A_reference_link_without_its_definition_is_reported_and_the_paper_kept()
    {
        var text = "captured: 2025-12-12T09:00:00Z\n\n### [A Paper][40]\n\n[An abstract that ends.][40]\n";
        var (listing, diagnostics) = Parse("clip.md", text);

        Assert.Equal("A Paper", Assert.Single(listing!.Entries).Title);
        Assert.Equal(DiagnosticIds.LinkReferenceMissing, Assert.Single(diagnostics.Sorted()).Id);
    }

    [Theory]
    [InlineData("captured: 2025-12-12T23:30:00Z", "2025-12-12")]
    [InlineData("captured: 2025-12-12T23:30:00-01:00", "2025-12-13")]
    [InlineData("Clipped on 2025-12-13 00:30 +02:00", "2025-12-12")]
    [InlineData("exported: 2025-12-12", "2025-12-12")]
    public void The_capture_time_counts_in_utc(string header, string day)
    {
        var (listing, _) = Parse("clip.md", $"{header}\n\n### [A Paper](https://huggingface.co/papers/2410.05434)\n\n[An abstract.](https://huggingface.co/papers/2410.05434)\n");
        Assert.Equal(DateOnly.Parse(day), listing!.Captured);
    }

    [Fact]
    public void The_shipped_listings_are_not_mistaken_for_the_new_forms()
    {
        foreach (var file in Directory.GetFiles(Support.RepoPaths.ShippedInput + "/listings"))
        {
            var text = new ListingText(file, File.ReadAllText(file));
            Assert.False(new PaperArchive.Listings.Markdown.MarkdownClipDecoder().Recognizes(text), file);
            Assert.False(new PaperArchive.Listings.TextExport.TextExportDecoder().Recognizes(text), file);
        }
    }

    [Theory]
    [InlineData("Forms/clip-value-alignment.md", "\r\n")]
    [InlineData("Forms/clip-value-alignment.md", "\r")]
    [InlineData("Forms/export-human-feedback.txt", "\r\n")]
    [InlineData("Forms/export-human-feedback.txt", "\r")]
    public void A_capture_form_saved_with_other_line_endings_reads_the_same(string file, string newline)
    {
        var text = File.ReadAllText(Path.Combine(Support.RepoPaths.TestFiles, "Listings", file));
        var (expected, _) = Parse(file, text);
        var (actual, _) = Parse(file, "\uFEFF" + text.Replace("\n", newline));

        Assert.Equal(expected!.Entries, actual!.Entries);
        Assert.Equal(expected.Captured, actual.Captured);
    }
}
