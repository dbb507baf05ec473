using PaperArchive.Listings;

namespace PaperArchive.Tests.Fuzzing;

/// <summary>
/// Which entries of the unmutated excerpt a mutation left intact, so that the parser must still find them.
/// An entry is intact when the mutated text still holds, line for line, the line before its title, its title line,
/// the blank lines between title and abstract, its abstract line and the line after it, exactly as in the original
/// (the file's start or end counts as a neighbour too). Only entries a reader can tell apart by their text alone are
/// considered: a title that reads as a title (one line, at most 300 characters, no closing full stop) over a
/// one-line abstract that reads as prose (ends with a full stop). Two short unpunctuated lines could be a title
/// that lost its abstract followed by the next title, for a person as for the parser.
/// </summary>
internal sealed record IntactEntry(string Title, string Abstract, string[] Window);

internal static class IntactEntries
{
    public static List<IntactEntry> Candidates(string original, Listing parsed)
    {
        var lines = original.Split('\n');
        var candidates = new List<IntactEntry>();
        foreach (var entry in parsed.Entries)
        {
            var title = entry.Location.Line - 1;
            var abstractLine = title + 1;
            while (abstractLine < lines.Length && lines[abstractLine].Trim().Length == 0)
            {
                abstractLine++;
            }

            if (abstractLine >= lines.Length || lines[abstractLine].Trim() != entry.Abstract ||
                !entry.Abstract.EndsWith('.') || entry.Title.Length > 300 || entry.Title.EndsWith('.'))
            {
                continue;
            }

            var from = Math.Max(0, title - 1);
            var to = Math.Min(lines.Length - 1, abstractLine + 1);
            var window = new List<string>();
            if (title == 0)
            {
                window.Add(StartOfFile);
            }

            window.AddRange(lines[from..(to + 1)]);
            if (abstractLine == lines.Length - 1)
            {
                window.Add(EndOfFile);
            }

            candidates.Add(new IntactEntry(entry.Title, entry.Abstract, [.. window]));
        }

        return candidates;
    }

    /// <summary>True when <paramref name="mutatedLines"/> hold the entry's window unchanged.</summary>
    public static bool IsIntactIn(IntactEntry entry, IReadOnlyList<string> mutatedLines)
    {
        var framed = new List<string>(mutatedLines.Count + 2) { StartOfFile };
        framed.AddRange(mutatedLines);
        framed.Add(EndOfFile);
        for (var i = 0; i + entry.Window.Length <= framed.Count; i++)
        {
            var j = 0;
            while (j < entry.Window.Length && framed[i + j] == entry.Window[j])
            {
                j++;
            }

            if (j == entry.Window.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lines as the parser sees them: only CR, LF and CRLF end a line.</summary>
    public static List<string> Lines(string text) => [.. new ListingText("x", text).Lines];

    private const string StartOfFile = "\u0000start of file";
    private const string EndOfFile = "\u0000end of file";
}
