using PaperArchive.Diagnostics;
using PaperArchive.FileSystem;

namespace PaperArchive.Rendering;

/// <summary>The template folder's limits: a template or asset that is a link leading out of the template folder (or to a
/// folder), or whose name could leave its folder once published, is an error that names it and is never read.</summary>
internal static class TemplateBoundary
{
    /// <summary>True when the template or asset <paramref name="file"/> may be read.</summary>
    public static bool Allows(ReadableFolder? templateFolder, string file, DiagnosticBag diagnostics)
    {
        if (FileNames.Problem(Path.GetFileName(file)) is { } problem)
        {
            Refuse(new RefusedFile(Path.GetFileName(file), file, false, problem), diagnostics);
            return false;
        }

        if (templateFolder?.WhyNot(file) is { } why)
        {
            Refuse(new RefusedFile(Path.GetFileName(file), file, true, why), diagnostics);
            return false;
        }

        return true;
    }

    public static void Refuse(RefusedFile refused, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.Of(FileNames.Printable(refused.FullPath));
        if (refused.IsLink)
        {
            diagnostics.Error(DiagnosticIds.TemplateLinkOutside, location,
                $"this theme file {refused.Reason}; the build reads only inside the theme folder. Copy the file in instead.");
        }
        else
        {
            diagnostics.Error(DiagnosticIds.TemplateNameUnsafe, location,
                $"the name {refused.Reason}, which no template or asset may have (it could be published outside its folder); rename it.");
        }
    }
}
