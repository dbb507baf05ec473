using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>The rules that need nothing but the page itself: unique ids (ARC0807), <c>alt</c> on images (ARC0808),
/// a title (ARC0809) and a meta description (ARC0810).</summary>
internal static class PageRules
{
    public static void Check(CheckRun run, ScannedPage page)
    {
        CheckDuplicateIds(run, page);
        foreach (var image in page.ImagesWithoutAlt)
        {
            run.Error(DiagnosticIds.ImageWithoutAlt, page.Path, image,
                "The image has no alt attribute; describe it, or write alt=\"\" if it is only decoration.");
        }

        if (!page.HasTitle)
        {
            run.Error(DiagnosticIds.PageWithoutTitle, page.Path, page.HeadPosition,
                "The page has no <title>, or an empty one; browsers, tabs and search results show it.");
        }

        if (!page.HasDescription)
        {
            run.Error(DiagnosticIds.PageWithoutDescription, page.Path, page.HeadPosition,
                "The page has no <meta name=\"description\" content=\"...\">; search results and link previews show it.");
        }
    }

    private static void CheckDuplicateIds(CheckRun run, ScannedPage page)
    {
        var first = new Dictionary<string, PagePosition>(StringComparer.Ordinal);
        foreach (var id in page.Ids)
        {
            if (!first.TryAdd(id.Name, id.Position))
            {
                run.Error(DiagnosticIds.DuplicateId, page.Path, id.Position,
                    $"The id \"{id.Name}\" is already used at line {first[id.Name].Line}, column {first[id.Name].Column}; ids must be unique in a page.");
            }
        }
    }

    /// <summary>Every name a fragment can point to in the page. Interned: most pages share the same few ids.</summary>
    public static IReadOnlySet<string> AnchorsOf(ScannedPage page) =>
        page.Ids.Concat(page.Names).Select(a => string.Intern(a.Name)).ToHashSet(StringComparer.Ordinal);
}
