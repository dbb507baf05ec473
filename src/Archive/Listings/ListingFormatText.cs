namespace PaperArchive.Listings;

/// <summary>How each form is named to a curator (in <c>archive read</c> and in diagnostics).</summary>
public static class ListingFormatText
{
    public static string Describe(ListingFormat form) => form switch
    {
        ListingFormat.DailyPapersPage => "a Daily Papers page copied from the browser",
        ListingFormat.CompactText => "a compact browser copy (titles and abstracts only)",
        ListingFormat.MarkdownClip => "Markdown from a web clipper or crawler",
        ListingFormat.PlainTextExport => "a plain-text export with every link's URL on its own line",
        ListingFormat.GitHubDigest => "a Markdown digest of daily papers from a GitHub repository",
        ListingFormat.SavedHtml => "a listing page saved as HTML",
        ListingFormat.PapersApiJson => "the Hugging Face papers API's JSON",
        ListingFormat.ArxivListing => "an arXiv listing page",
        ListingFormat.PaperPage => "Markdown of one paper's own page",
        _ => form.ToString(),
    };
}
