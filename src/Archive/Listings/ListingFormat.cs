namespace PaperArchive.Listings;

/// <summary>The ways a Daily Papers page reaches us as text.</summary>
public enum ListingFormat
{
    /// <summary>The page copied from a browser: header, capture date, blank-line separated entries with metadata.</summary>
    DailyPapersPage,

    /// <summary>Title and abstract lines with no blank lines and no metadata; the header is glued to the first title.</summary>
    CompactText,

    /// <summary>Markdown from a web clipper: a capture header, heading links for titles, reference-link definitions at the end.</summary>
    MarkdownClip,

    /// <summary>A plain-text export with YAML front matter, where every link's URL follows its text on a line of its own.</summary>
    PlainTextExport,
}
