using PaperArchive.Listings;
using static PaperArchive.Tests.Support.Listings;

namespace PaperArchive.Tests.Listings.StructuredForms;

/// <summary>Golden catalogs of the real captures of the structured forms: GitHub digests, saved HTML, the papers
/// API's JSON and arXiv listings (fixtures and their provenance under TestFiles/Listings/&lt;Form&gt;/).</summary>
public sealed class StructuredFormTests
{
    [Theory]
    [InlineData("GitHubDigest/trending-three-papers.md")]
    [InlineData("GitHubDigest/trending-seven-papers.md")]
    [InlineData("SavedHtml/daily-2024-08-01.html")]
    [InlineData("PapersApi/2024-10-25-daily-papers-excerpt.json")]
    [InlineData("PapersApi/2026-03-06-daily-papers-element.json")]
    [InlineData("PapersApi/scraper-daily-excerpt.json")]
    [InlineData("ArxivListing/cs-ai-recent.md")]
    [InlineData("ArxivListing/cs-lg-recent.md")]
    public void A_real_capture_yields_the_catalog_a_careful_reader_sees(string file)
    {
        var (listing, diagnostics) = ParseTestFile(file);

        Support.GoldenFile.AssertMatches($"Listings/{Path.ChangeExtension(file, null)}.expected.txt", CatalogSnapshot.Of(listing, diagnostics));
    }

    [Theory]
    [InlineData("GitHubDigest/trending-three-papers.md", ListingFormat.GitHubDigest, 3)]
    [InlineData("GitHubDigest/trending-seven-papers.md", ListingFormat.GitHubDigest, 7)]
    [InlineData("SavedHtml/daily-2024-08-01.html", ListingFormat.SavedHtml, 13)]
    [InlineData("PapersApi/2024-10-25-daily-papers-excerpt.json", ListingFormat.PapersApiJson, 3)]
    [InlineData("PapersApi/2026-03-06-daily-papers-element.json", ListingFormat.PapersApiJson, 1)]
    [InlineData("PapersApi/scraper-daily-excerpt.json", ListingFormat.PapersApiJson, 3)]
    [InlineData("ArxivListing/cs-ai-recent.md", ListingFormat.ArxivListing, 50)]
    [InlineData("ArxivListing/cs-lg-recent.md", ListingFormat.ArxivListing, 50)]
    public void Each_capture_is_recognised_from_its_content_and_gives_every_paper_it_shows(string file, ListingFormat form, int papers)
    {
        var (listing, diagnostics) = ParseTestFile(file);

        Assert.Equal(form, listing!.Format);
        Assert.Equal(papers, listing.Entries.Count);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.IsError);
    }

    [Fact]
    public void A_digest_is_dated_by_its_last_updated_line_and_shows_no_upvotes_and_no_abstract()
    {
        var (listing, _) = ParseTestFile("GitHubDigest/trending-seven-papers.md");

        Assert.Equal(new DateOnly(2025, 12, 27), listing!.Captured);
        // "⭐ 56" counts stars; the quotes are cut teasers, a TL;DR and "No abstract available.".
        Assert.All(listing.Entries, e => Assert.Null(e.Upvotes));
        Assert.All(listing.Entries, e => Assert.Null(e.Abstract));
    }

    [Fact]
    public void An_arxiv_listing_dates_each_paper_by_its_day_heading_and_has_no_abstract()
    {
        var (listing, _) = ParseTestFile("ArxivListing/cs-ai-recent.md");

        Assert.Equal(new DateOnly(2025, 10, 10), listing!.Captured);
        Assert.All(listing.Entries, e => Assert.Equal(new DateOnly(2025, 10, 10), e.Published));
        Assert.All(listing.Entries, e => Assert.Null(e.Abstract));
        Assert.Equal(30, listing.Entries[1].AuthorNames.Count);
    }

    [Fact]
    public void A_saved_page_is_dated_by_its_date_heading()
    {
        var (listing, _) = ParseTestFile("SavedHtml/daily-2024-08-01.html");

        Assert.Equal(new DateOnly(2024, 8, 1), listing!.Captured);
    }

    [Fact]
    public void A_scrapers_json_names_papers_by_link_is_dated_by_its_scrape_day_and_keeps_its_comments_stars_and_handles_out()
    {
        var (listing, diagnostics) = ParseTestFile("PapersApi/scraper-daily-excerpt.json");

        Assert.Equal(new DateOnly(2025, 12, 4), listing!.Captured);
        Assert.Equal(["2511.21631", "2512.02834", "2512.03442"], listing.Entries.Select(e => e.ArxivId));
        // "stars" are not upvotes; "details.abstract" is an announcement as often as the abstract; "authors" mixes names
        // and user handles ("haoranhe") and stops at five.
        Assert.All(listing.Entries, e => Assert.Equal((null, null, null), (e.Upvotes, e.Abstract, e.Authors)));
        Assert.All(listing.Entries, e => Assert.Empty(e.AuthorNames));
        Assert.Empty(diagnostics.Sorted());
    }
}
