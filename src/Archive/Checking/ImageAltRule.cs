using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>Reports an <c>&lt;img&gt;</c> without an <c>alt</c> attribute (ARC0808). An empty <c>alt</c> is fine: it
/// marks the image as decoration, which screen readers then skip.</summary>
internal static class ImageAltRule
{
    public static void Check(CheckRun run, ScannedPage page)
    {
        foreach (var image in page.ImagesWithoutAlt)
        {
            run.Error(DiagnosticIds.ImageWithoutAlt, page.Path, image,
                "The image has no alt attribute; describe it, or write alt=\"\" if it is only decoration.");
        }
    }
}
