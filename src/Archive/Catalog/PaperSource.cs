namespace PaperArchive.Catalog;

/// <summary>Where a paper was seen: a listing file and the line of its title.</summary>
public sealed record PaperSource(string File, int Line);
