namespace PaperArchive.Listings.TextExport;

/// <summary>One piece of text of an export with the URL of its link (the next non-blank line, when it is a bare URL).</summary>
internal sealed record ExportItem(TextLine Line, string? Url)
{
    public string Text => Line.Text;
}
