using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// A listing's text split into lines; line <c>n</c> is <c>Lines[n - 1]</c>. Only CR, LF and CRLF end a line:
/// a form feed, NEL or Unicode line separator inside an abstract is part of the text, not a line break.
/// </summary>
internal sealed class ListingText
{
    /// <summary>No real title or abstract comes near this; longer lines are cut so one broken line cannot stall the build.</summary>
    public const int MaxLineLength = 100_000;

    public ListingText(string file, string text)
        : this(file, SplitLines(text), null)
    {
    }

    private ListingText(string file, IReadOnlyList<string> lines, DiagnosticBag? diagnostics)
    {
        File = file;
        Lines = diagnostics is null ? lines : lines.Select((line, index) => Checked(line, index + 1, file, diagnostics)).ToList();
    }

    public string File { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The whole text, lines joined by LF (so an offset's line is the LFs before it plus one), for the
    /// decoders whose parser reads a document at once (JSON, HTML, Markdown). Made on first use only.</summary>
    public string Content => _content ??= string.Join('\n', Lines);

    private string? _content;

    /// <summary>True when the file's last line was ended by a line break (a saved page normally is).</summary>
    public bool EndsWithLineBreak => Lines.Count > 0 && Lines[^1].Length == 0;

    /// <summary>Takes decoded lines and reports lines that are cut for length or that carry control characters.</summary>
    public static ListingText Read(string file, IReadOnlyList<string> lines, DiagnosticBag diagnostics) => new(file, lines, diagnostics);

    /// <summary>Takes decoded lines as they are, for a decoder whose parser reads a whole document (JSON, HTML) where
    /// one long line is normal: an API response or a page's embedded data is often a single line of 100,000 or more.</summary>
    public static ListingText Whole(string file, IReadOnlyList<string> lines) => new(file, lines, null);

    /// <summary>Splits text at CR, LF and CRLF only.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\r' or '\n'))
            {
                continue;
            }

            lines.Add(text[start..i]);
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    private static string Checked(string line, int number, string file, DiagnosticBag diagnostics)
    {
        if (line.Length > MaxLineLength)
        {
            diagnostics.Warning(DiagnosticIds.LineTooLong, new SourceLocation(file, number),
                $"this line has {line.Length:N0} characters, more than the {MaxLineLength:N0} any title or abstract needs; only its first {MaxLineLength:N0} are read.");
            line = line[..MaxLineLength];
        }

        if (ControlCharacters.FirstIn(line) is { } column)
        {
            diagnostics.Warning(DiagnosticIds.ControlCharacters, new SourceLocation(file, number, column + 1),
                $"this line holds control characters (U+{(int)line[column]:X4}); they become spaces in titles and are removed from abstracts.");
        }

        return line;
    }
}
