namespace PaperArchive.Listings.ArxivListing;

/// <summary>
/// Reads an arXiv listing page (<c>arxiv.org/list/&lt;category&gt;/new</c> or <c>/recent</c>) saved as text or
/// Markdown. The text is read through Markdig's syntax tree (so Markdown links and emphasis become their text),
/// then line by line: each <c>arXiv:</c> entry line is followed by the title line and the authors line, with or
/// without their <c>Title:</c> and <c>Authors:</c> labels; comments, subjects and anything after them are not
/// read. Such pages show no abstract.
/// </summary>
internal static class ArxivListingReader
{
    public static ArxivListingCapture Read(string text)
    {
        var lines = MarkdownText.Lines(MarkdownText.Parse(text)).ToList();
        var entries = new List<ArxivEntry>();
        (DateOnly Day, int Line)? day = null;
        DateOnly? newest = null;
        int? newestLine = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, number) = lines[i];
            if (ArxivListingLine.DayHeading(line) is { } heading)
            {
                day = (heading, number);
                if (newest is null || heading > newest)
                {
                    (newest, newestLine) = (heading, number);
                }
            }
            else if (ArxivListingLine.EntryId(line) is { } id)
            {
                entries.Add(ReadEntry(lines, i, id, day));
            }
        }

        return new ArxivListingCapture(entries, newest, newestLine);
    }

    private static ArxivEntry ReadEntry(List<(string Text, int Line)> lines, int start, string id, (DateOnly Day, int Line)? day)
    {
        (string Text, int Line)? title = null;
        (string Text, int Line)? authors = null;
        for (var i = start + 1; i < lines.Count && authors is null; i++)
        {
            var (line, number) = lines[i];
            if (ArxivListingLine.EntryId(line) is not null || ArxivListingLine.DayHeading(line) is not null || ArxivListingLine.IsLabelled(line))
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (ArxivListingLine.Labelled(line, "Authors:") is { } labelledAuthors)
            {
                authors = (labelledAuthors, number);
            }
            else if (title is null)
            {
                title = (ArxivListingLine.Labelled(line, "Title:") ?? line.Trim(), number);
            }
            else
            {
                authors = (line.Trim(), number);
            }
        }

        var names = authors?.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new ArxivEntry(lines[start].Line, id, title?.Text, title?.Line, names, authors?.Line, day?.Day, day?.Line);
    }
}
