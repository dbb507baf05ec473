namespace PaperArchive.Listings;

/// <summary>A listing's text split into lines, whatever the line endings; line <c>n</c> is <c>Lines[n - 1]</c>.</summary>
public sealed class ListingText
{
    public ListingText(string file, string text)
        : this(file, text.ReplaceLineEndings("\n").Split('\n'))
    {
    }

    internal ListingText(string file, IReadOnlyList<string> lines)
    {
        File = file;
        Lines = lines;
    }

    public string File { get; }

    public IReadOnlyList<string> Lines { get; }
}
