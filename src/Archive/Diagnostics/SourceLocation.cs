namespace PaperArchive.Diagnostics;

/// <summary>A place in an input file. Lines and columns are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 1)
{
    public static SourceLocation Of(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}({Line},{Column})";
}
