namespace PaperArchive.Listings;

/// <summary>The forms a curator's capture of a paper listing comes in; one decoder (and one folder) per form.</summary>
public enum ListingFormat
{
    /// <summary>The Daily Papers page copied from a browser: header, capture date, blank-line separated entries with metadata (BrowserCopy/).</summary>
    DailyPapersPage,

    /// <summary>The browser copy in its compact form: title and abstract lines with no blank lines and no metadata (BrowserCopy/).</summary>
    CompactText,

    /// <summary>Markdown from a web clipper or crawler of any Daily Papers view (Markdown/).</summary>
    MarkdownClip,

    /// <summary>A plain-text export with front matter, where every link's URL follows its text on a line of its own (TextExport/).</summary>
    PlainTextExport,

    /// <summary>A Markdown digest of daily papers kept in a GitHub repository (GitHubDigest/).</summary>
    GitHubDigest,

    /// <summary>A Hugging Face listing page saved as HTML (SavedHtml/).</summary>
    SavedHtml,

    /// <summary>The Hugging Face papers API's JSON (PapersApi/).</summary>
    PapersApiJson,

    /// <summary>An arXiv listing page (<c>arxiv.org/list/&lt;category&gt;/new|recent</c>) as text or Markdown (ArxivListing/).</summary>
    ArxivListing,

    /// <summary>Markdown of one paper's own Hugging Face page, as a reader or clipper makes it (PaperPage/).</summary>
    PaperPage,
}
