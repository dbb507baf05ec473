using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>Reports a page without a non-empty <c>&lt;title&gt;</c> (ARC0809) or meta description (ARC0810), the
/// two texts that tabs, search results and link previews show. Reported at the page's <c>&lt;head&gt;</c>.</summary>
internal static class HeadRule
{
    public static void Check(CheckRun run, ScannedPage page)
    {
        if (!page.HasTitle)
        {
            run.Error(DiagnosticIds.PageWithoutTitle, page.Path, page.HeadPosition,
                "The page has no <title>, or an empty one.");
        }

        if (!page.HasDescription)
        {
            run.Error(DiagnosticIds.PageWithoutDescription, page.Path, page.HeadPosition,
                "The page has no <meta name=\"description\" content=\"...\">, or an empty one.");
        }
    }
}
