using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using static PaperArchive.Tests.Support.Listings;

namespace PaperArchive.Tests.Listings;

/// <summary>Real captures of the text forms (TestFiles/Listings/README.md says where each comes from).</summary>
public sealed class CaptureFormTests
{
    /// <summary>The trending capture states no date; a curator sets it in site.yml.</summary>
    private static readonly ListingConfig TrendingConfig = new("markdown-trending-structured-html.md", new DateOnly(2026, 10, 5), null, default);

    /// <summary>The crawl states no date either.</summary>
    private static readonly ListingConfig CrawlConfig = new("markdown-crawl-trending-bare-headings.md", new DateOnly(2026, 1, 20), null, default);

    private static readonly string[] FixtureFiles =
    [
        "Forms/markdown-firecrawl-search.md",
        "Forms/markdown-trending-structured-html.md",
        "Forms/markdown-web-source-fenced.md",
        "Forms/export-notebook-search.txt",
        "Forms/2026-07-28-export-notebook-search-tail.txt",
        "Forms/2026-06-29-markdown-web-source-tail.md",
        "Forms/markdown-crawl-trending-bare-headings.md",
        "Forms/markdown-digest-bold-links.md",
        "Forms/2026-04-20-markdown-blog-digest.md",
        "Forms/2023-09-11-markdown-newsletter-sections.md",
    ];

    public static TheoryData<string> Fixtures => new(FixtureFiles);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_real_capture_yields_the_papers_a_person_reads_on_the_page(string file)
    {
        var (listing, diagnostics) = ParseTestFile(file, ConfigFor(file));
        Support.GoldenFile.AssertMatches($"Listings/{Path.ChangeExtension(file, null)}.expected.txt", CaptureFormSnapshot.Of(listing, diagnostics));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_real_capture_saved_with_other_line_endings_or_as_UTF16_reads_the_same(string file)
    {
        var text = File.ReadAllText(Path.Combine(Support.RepoPaths.TestFiles, "Listings", file));
        var (expected, _) = Parse(file, text, ConfigFor(file));
        foreach (var variant in new[] { "\uFEFF" + text.Replace("\n", "\r\n"), text.Replace("\n", "\r") })
        {
            var (actual, _) = Parse(file, variant, ConfigFor(file));
            Assert.Equal(expected!.Entries, actual!.Entries);
        }

        var diagnostics = new DiagnosticBag();
        var utf16 = ListingParser.Default.Parse(new RawListing(file, [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text.Replace("\n", "\r\n"))]), ConfigFor(file), diagnostics);
        Assert.Equal(expected!.Entries, utf16!.Entries);
        Assert.Equal(expected.Captured, utf16.Captured);
    }

    [Fact]
    public void A_firecrawl_search_capture_reads_every_card_with_its_id_byline_date_and_upvote_button()
    {
        var (listing, _) = ParseTestFile("Forms/markdown-firecrawl-search.md");

        Assert.Equal(ListingFormat.MarkdownClip, listing!.Format);
        Assert.Equal(new DateOnly(2026, 10, 2), listing.Captured);
        Assert.Equal(
            ["OCC-RAG: Optimal Cognitive Core for Faithful Question Answering",
             "Benchmark Radar: A Living Database and Search Engine for AI Benchmarks and Evaluation",
             "The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research",
             "Source or It Didn't Happen: A Multi-Agent Framework for Citation Hallucination Detection",
             "Sources of Truth: A Multi-Platform, Multilingual Audit of Citations in AI Mental Health Information Queries",
             "WebCiteS: Attributed Query-Focused Summarization on Chinese Web Search Results with Citations",
             "Search Engines in an AI Era: The False Promise of Factual and Verifiable Source-Cited Responses",
             "DeepTRACE: Auditing Deep Research AI Systems for Tracking Reliability Across Citations and Evidence"],
            listing.Entries.Select(e => e.Title));
        Assert.Equal(["2606.00683", "2609.11115", "2502.20581", "2605.08583", "2609.00319", "2403.01774", "2410.22349", "2509.04499"],
            listing.Entries.Select(e => e.ArxivId));
        // Upvote buttons stand before their card and show "-" when the paper has no count.
        Assert.Equal([101, 173, null, 1, null, null, null, null], listing.Entries.Select(e => e.Upvotes));
        Assert.Equal(["OCC", "Carnegie Mellon University", null, "University of Massachusetts Amherst", null, null, null, null],
            listing.Entries.Select(e => e.Organization));
        Assert.Equal([null, null, 3, null, 10, 9, 5, 6], listing.Entries.Select(e => e.Authors));
        Assert.Equal(new DateOnly(2026, 5, 29), listing.Entries[0].Published);
        Assert.Equal(new DateOnly(2025, 2, 27), listing.Entries[2].Published);
        Assert.StartsWith("Academic citations are widely used for evaluating research and tracing knowledge flows.", listing.Entries[2].Abstract);
    }

    [Fact]
    public void Regression_abstract_sentences_were_stored_as_the_organisation_of_every_clipped_paper()
    {
        var organizations = FixtureFiles
            .SelectMany(f => ParseTestFile(f, ConfigFor(f)).Listing!.Entries)
            .Select(e => e.Organization).OfType<string>().ToList();

        Assert.Equal(
            ["OCC", "Carnegie Mellon University", "University of Massachusetts Amherst", "Kandinsky Lab", "Edge0", "Princeton University",
             "Google", "Soochow University", "Idiap Research Institute", "EvoMap", "Pathway", "University of California, Berkeley",
             "Apodex", "Prime Intellect"],
            organizations);
    }

    [Fact]
    public void A_crawl_whose_titles_are_bare_headings_gives_each_card_once_with_only_what_it_shows()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/markdown-crawl-trending-bare-headings.md", CrawlConfig);

        Assert.Equal(ListingFormat.MarkdownClip, listing!.Format);
        Assert.Equal(
            ["Agent Lightning: Train ANY AI Agents with Reinforcement Learning",
             "HeartMuLa: A Family of Open Sourced Music Foundation Models",
             "MemOS: A Memory OS for AI System",
             "ShapeR: Robust Conditional 3D Shape Generation from Casual Captures",
             "Continuous Audio Language Models",
             "SmolDocling: An ultra-compact vision-language model for end-to-end multi-modal document conversion"],
            listing.Entries.Select(e => e.Title));
        Assert.Equal([8, 28, 39, null, 5, null], listing.Entries.Select(e => e.Authors));
        // No card links to its paper and none shows a count or a date: nothing of that is invented.
        Assert.All(listing.Entries, e => Assert.Equal((null, null, null, null), (e.ArxivId, e.Upvotes, e.Published, e.Organization)));
        Assert.EndsWith("Samples are available at https://continuous-audio-language-models.github.io", listing.Entries[4].Abstract);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.IsError);
    }

    [Fact]
    public void A_digest_with_bold_paper_links_gives_its_papers_and_none_of_its_models_or_repositories()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/markdown-digest-bold-links.md");

        Assert.Equal(new DateOnly(2026, 9, 8), listing!.Captured);
        Assert.Equal(10, listing.Entries.Count);
        Assert.DoesNotContain(listing.Entries, e => e.Title.Contains("Qwen3.8", StringComparison.Ordinal) || e.Title.Contains('/'));
        Assert.Equal("OpenDevin: An Open Platform for AI Software Developers as Generalist Agents", listing.Entries[4].Title);
        Assert.Equal(["2608.17906", "2608.09888", "2310.10688", "2608.16157", "2407.16741", "2412.20138", "2608.23283", "2312.06371", "2608.23552", "2508.16279"],
            listing.Entries.Select(e => e.ArxivId));
        Assert.Equal([16, 778, 41, 107, 86, 128, 206, 0, 50, 68], listing.Entries.Select(e => e.Upvotes));
        Assert.Equal([7, 9, 4, 11, 24, 4, 71, 8, 11, 23], listing.Entries.Select(e => e.Authors));
        // "Yiming Ren, Xiang Liu, Qumeng Sun et al." is not the author list; "16d ago" counts from a time the digest does not give.
        Assert.All(listing.Entries, e => Assert.Empty(e.AuthorNames));
        Assert.All(listing.Entries, e => Assert.Null(e.Published));
        Assert.StartsWith("AutoResearch is a two-stage autonomous system", listing.Entries[0].Abstract);
        Assert.EndsWith("safe development and deployment.", listing.Entries[^1].Abstract);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.IsError);
    }

    [Fact]
    public void Regression_the_trending_page_shows_each_card_twice_and_half_of_them_were_lost()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/markdown-trending-structured-html.md", TrendingConfig);

        Assert.Equal(
            ["Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation",
             "The Other Half of the Memory Wall: Serving 35B MoEs from SSD with Trained Routing Prediction",
             "TradingAgents: Multi-Agents LLM Financial Trading Framework",
             "UniMate: One Unified Model to Animate Diverse Skeletons",
             "Efficient Memory Management for Large Language Model Serving with PagedAttention"],
            listing!.Entries.Select(e => e.Title));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.IsError);
    }

    [Fact]
    public void Regression_upvote_counts_written_inside_links_were_read_as_zero()
    {
        var (listing, _) = ParseTestFile("Forms/markdown-trending-structured-html.md", TrendingConfig);

        Assert.Equal([117, 25, 149, 22, 76], listing!.Entries.Select(e => e.Upvotes));
    }

    [Fact]
    public void Regression_avatar_placeholders_in_any_language_were_stored_as_the_organisation()
    {
        var (listing, _) = ParseTestFile("Forms/markdown-trending-structured-html.md", TrendingConfig);

        Assert.Equal(["Kandinsky Lab", "Edge0", null, "Princeton University", null], listing!.Entries.Select(e => e.Organization));
        Assert.Equal([null, null, 4, null, 9], listing.Entries.Select(e => e.Authors));
    }

    [Fact]
    public void Regression_a_title_wrapped_over_two_heading_lines_lost_its_paper()
    {
        var (listing, _) = ParseTestFile("Forms/markdown-trending-structured-html.md", TrendingConfig);

        var paged = listing!.Entries[^1];
        Assert.Equal("Efficient Memory Management for Large Language Model Serving with PagedAttention", paged.Title);
        Assert.Equal(("2309.06180", new DateOnly(2023, 9, 12)), (paged.ArxivId, paged.Published));
    }

    [Fact]
    public void Regression_arxiv_ids_in_every_link_were_ignored()
    {
        var ids = new[] { "Forms/markdown-firecrawl-search.md", "Forms/markdown-trending-structured-html.md", "Forms/export-notebook-search.txt", "Forms/2026-07-28-export-notebook-search-tail.txt" }.Where(f => !f.Contains("fenced", StringComparison.Ordinal))
            .SelectMany(f => ParseTestFile(f, ConfigFor(f)).Listing!.Entries).ToList();

        Assert.All(ids, e => Assert.Matches(@"^\d{4}\.\d{5}$", e.ArxivId!));
    }

    [Fact]
    public void A_capture_kept_in_a_fenced_block_is_read_from_inside_the_fence_with_the_files_line_numbers()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/markdown-web-source-fenced.md");

        Assert.Equal(new DateOnly(2026, 6, 29), listing!.Captured);
        Assert.Equal(
            ["MURMUR: An Efficient Inference System for Long-Form ASR",
             "Gemini 1.5: Unlocking multimodal understanding across millions of tokens of context",
             "Speech-Aware Long Context Pruning and Integration for Contextualized Automatic Speech Recognition",
             "MLMA: Towards Multilingual with Mamba Based Architectures"],
            listing.Entries.Select(e => e.Title));
        Assert.Equal([59, 84, 109, 135], listing.Entries.Select(e => e.Location.Line));
        Assert.Equal([3, 671, 8, 3], listing.Entries.Select(e => e.Authors));
        Assert.Equal([new DateOnly(2026, 5, 30), new DateOnly(2024, 3, 8), new DateOnly(2025, 11, 14), new DateOnly(2025, 10, 21)],
            listing.Entries.Select(e => e.Published!.Value));
        Assert.StartsWith("Long-form automatic speech recognition (ASR) requires both high accuracy and low latency, but existing systems force a trade-off", listing.Entries[0].Abstract);
        // The clip ends before its reference definitions: no link has a target, so no id and no upvote count is known.
        Assert.All(listing.Entries, e => Assert.Equal((null, null), (e.ArxivId, e.Upvotes)));
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.LinkReferenceMissing);
    }

    [Fact]
    public void A_clip_cut_off_by_its_tool_ends_at_the_truncation_note_and_keeps_the_cut_paper_with_warnings()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/2026-06-29-markdown-web-source-tail.md");

        Assert.Equal(new DateOnly(2026, 6, 29), listing!.Captured);
        Assert.Equal(5, listing.Entries.Count);
        var cut = listing.Entries[^1];
        Assert.Equal("Reducing Distraction in Long-Context Language Models by Focused Learning", cut.Title);
        Assert.EndsWith("to process long contexts. Ho", cut.Abstract);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.CaptureTruncated && d.Location!.Value.Line == 106);
        Assert.Contains(diagnostics.Sorted(), d => d.Id == DiagnosticIds.EntryCutOff && d.Location!.Value.Line == 99);
    }

    [Fact]
    public void A_text_export_reads_each_card_and_gives_each_upvote_button_to_the_paper_it_links_back_to()
    {
        var (listing, _) = ParseTestFile("Forms/export-notebook-search.txt");

        Assert.Equal(ListingFormat.PlainTextExport, listing!.Format);
        Assert.Equal(new DateOnly(2026, 7, 28), listing.Captured);
        Assert.Equal(9, listing.Entries.Count);
        Assert.Equal(["2410.05434", "2306.14898", "2502.06858", "1802.08979", "2104.13100", "1808.01400", "2409.02326", "2203.03850", "2510.21057"],
            listing.Entries.Select(e => e.ArxivId));
        Assert.Equal([1, null, null, null, null, 2, 19, null, 5], listing.Entries.Select(e => e.Upvotes));
        Assert.Equal([2, 4, 6, 4, 6, 4, 3, 6, null], listing.Entries.Select(e => e.Authors));
        var defense = listing.Entries[^1];
        Assert.Equal(("Soft Instruction De-escalation Defense", "Google", new DateOnly(2025, 10, 23)), (defense.Title, defense.Organization, defense.Published!.Value));
    }

    [Fact]
    public void Regression_navigation_words_of_an_exports_footer_became_papers()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/2026-07-28-export-notebook-search-tail.txt");

        Assert.Equal(
            ["ILRe: Intermediate Layer Retrieval for Context Compression in Causal Language Models",
             "FIX-CLIP: Dual-Branch Hierarchical Contrastive Learning via Synthetic Captions for Better Understanding of Long Text",
             "UnitCoder: Scalable Iterative Code Synthesis with Unit Test Guidance",
             "Training Language Models on Synthetic Edit Sequences Improves Code Synthesis",
             "TreeCoder: Systematic Exploration and Optimisation of Decoding and Constraints for LLM Code Generation",
             "HoPE: Hyperbolic Rotary Positional Encoding for Stable Long-Range Dependency Modeling in Large Language Models",
             "Language Server CLI Empowers Language Agents with Process Rewards"],
            listing!.Entries.Select(e => e.Title));
        Assert.Equal([null, null, null, 13, null, null, 5], listing.Entries.Select(e => e.Upvotes));
        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData("https://huggingface.co/papers/2410.05434", "2410.05434")]
    [InlineData("https://arxiv.org/abs/2410.05434v3", "2410.05434")]
    [InlineData("https://arxiv.org/pdf/2410.05434v1.pdf", "2410.05434")]
    [InlineData("http://www.arxiv.org/abs/1501.0001", "1501.0001")]
    [InlineData("/papers/2607.07534", "2607.07534")]
    [InlineData("https://huggingface.co/papers/2413.05434", null)]
    [InlineData("https://huggingface.co/papers/24100.5434", null)]
    [InlineData("https://huggingface.co/papers/../../etc", null)]
    [InlineData("https://huggingface.co/models", null)]
    public void An_arxiv_id_is_read_from_a_paper_link_and_validated(string url, string? id)
    {
        Assert.Equal(id, PaperLinks.IdOf(url));
    }

    [Theory]
    [InlineData("https://huggingface.co/login?next=%2Fpapers%2F2610.05608", "2610.05608")]
    [InlineData("https://huggingface.co/login?next=%2Fpapers", null)]
    [InlineData("https://huggingface.co/papers/2610.05608", null)]
    public void An_upvote_button_counts_for_the_paper_its_login_link_returns_to(string url, string? id)
    {
        Assert.Equal(id, PaperLinks.UpvotedPaper(url));
    }

    [Fact]
    public void A_paper_link_with_a_malformed_id_is_reported_and_the_paper_kept()
    {
        var text = "---\nurl: https://huggingface.co/papers\nexported: 2025-12-14T07:15:42Z\n---\n\nDec 14\n\n" +
            "A Paper With A Broken Link\nhttps://huggingface.co/papers/2499.99999\nAn abstract that ends.\nhttps://huggingface.co/papers/2499.99999\n [-] 2\nhttps://huggingface.co/login?next=%2Fpapers%2F2499.99999\n";
        var (listing, diagnostics) = Parse("export.txt", text);

        var entry = Assert.Single(listing!.Entries);
        Assert.Null(entry.ArxivId);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticIds.InvalidArxivId, 8), (warning.Id, warning.Location!.Value.Line));
    }

    [Theory]
    [InlineData("captured: 2025-12-12T23:30:00Z", "2025-12-12")]
    [InlineData("captured: 2025-12-12T23:30:00-01:00", "2025-12-13")]
    [InlineData("Clipped on 2025-12-13 00:30 +02:00", "2025-12-12")]
    [InlineData("exported: 2025-12-12", "2025-12-12")]
    [InlineData("- Captured (UTC): 2026-06-29T16:31:22.135762458+00:00", "2026-06-29")]
    public void The_capture_time_counts_in_utc(string header, string day)
    {
        var (listing, _) = Parse("clip.md", $"{header}\n\n### [A Paper](https://huggingface.co/papers/2410.05434)\n\n[An abstract of several words.](https://huggingface.co/papers/2410.05434)\n");
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

    private static ListingConfig? ConfigFor(string file) =>
        file.EndsWith(CrawlConfig.File, StringComparison.Ordinal) ? CrawlConfig
        : file.EndsWith(TrendingConfig.File, StringComparison.Ordinal) ? TrendingConfig
        : null;

    [Fact]
    public void A_blog_digest_gives_each_ranked_heading_the_paper_its_link_names_and_no_abstract_from_its_summaries()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/2026-04-20-markdown-blog-digest.md");

        Assert.Equal(10, listing!.Entries.Count);
        // "## 1. Elucidating…": the rank is the digest's, not the title's.
        Assert.Equal(("Elucidating the SNR-t Bias of Diffusion Probabilistic Models", "2604.16044"), (listing.Entries[0].Title, listing.Entries[0].ArxivId));
        Assert.Equal("(1D) Ordered Tokens Enable Efficient Test-Time Search", listing.Entries[6].Title);
        Assert.Equal("2502.07408", listing.Entries[1].ArxivId);
        // Its text is a translated machine summary ("中文摘要"), not the authors' abstract.
        Assert.All(listing.Entries, e => Assert.Null(e.Abstract));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.IsError);
    }

    [Fact]
    public void A_newsletter_whose_sections_end_with_the_papers_link_gives_one_paper_per_section_and_none_per_sub_heading()
    {
        var (listing, diagnostics) = ParseTestFile("Forms/2023-09-11-markdown-newsletter-sections.md");

        Assert.Equal(
            ["Large-Scale Automatic Audiobook Creation",
             "From Sparse to Dense: GPT-4 Summarization with Chain of Density Prompting",
             "Mobile V-MoEs: Scaling Down Vision Transformers via Sparse Mixture-of-Experts",
             "Towards Practical Capture of High-Fidelity Relightable Avatars",
             "DrugChat: Towards Enabling ChatGPT-Like Capabilities on Drug Molecule Graphs"],
            listing!.Entries.Select(e => e.Title));
        Assert.Equal(["2309.03926", "2309.04269", "2309.04354", "2309.04247", "2309.03907"], listing.Entries.Select(e => e.ArxivId));
        // The sections are GPT-4's reviews in Chinese ("主要工作", "评分"), not the abstracts.
        Assert.All(listing.Entries, e => Assert.Null(e.Abstract));
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.IsError);
    }
}
