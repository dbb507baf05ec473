using PaperArchive.Diagnostics;

namespace PaperArchive.Configuration;

/// <summary>A research theme as the curator defines it: papers whose title or abstract contains one of the
/// <paramref name="Match"/> words or phrases (case-insensitive, on word boundaries) belong to it: one match in the
/// title is enough; in the abstract it takes <paramref name="MinAbstractMatches"/> (a passing mention is not a topic).</summary>
public sealed record ThemeDefinition(
    string Slug,
    string Name,
    string Description,
    IReadOnlyList<string> Match,
    SourceLocation Location,
    int MinAbstractMatches = 1);
