using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>A line of a listing with where it stands; <see cref="Column"/> moves when a glued prefix is cut off.</summary>
internal readonly record struct TextLine(string Text, int Number, int Column = 1)
{
    public SourceLocation LocationIn(string file) => new(file, Number, Column);
}
