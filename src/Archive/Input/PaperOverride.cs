using PaperArchive.Diagnostics;

namespace PaperArchive.Input;

/// <summary>A theme slug named in an override, with where it was written (for the warning when no such theme exists).</summary>
public readonly record struct ThemeReference(string Slug, SourceLocation Location);

/// <summary>
/// The curator's corrections for one paper, read from <c>input/papers/&lt;slug&gt;.md</c>: themes to add or remove
/// after automatic matching, whether to hide the paper from the site, and a Markdown note shown with it.
/// </summary>
public sealed record PaperOverride(string Slug, SourceLocation Location)
{
    public IReadOnlyList<ThemeReference> AddThemes { get; init; } = [];

    public IReadOnlyList<ThemeReference> RemoveThemes { get; init; } = [];

    /// <summary>Null when the file does not say; the paper then stays as it is.</summary>
    public bool? Hidden { get; init; }

    /// <summary>The Markdown body after the front matter, trimmed; null when there is none.</summary>
    public string? Note { get; init; }
}
