using PaperArchive.Diagnostics;

namespace PaperArchive.Rendering;

/// <summary>The visual theme (templates, partials, assets) loaded from <c>theme/</c> once per build.
/// (Placeholder until the site issue: holds nothing.)</summary>
public sealed class SiteTheme
{
    public static SiteTheme Load(string directory, DiagnosticBag diagnostics) => new();
}
