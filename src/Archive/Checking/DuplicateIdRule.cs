using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>Reports an <c>id</c> used twice in a page (ARC0807): fragments, labels and scripts find only the first.</summary>
internal static class DuplicateIdRule
{
    public static void Check(CheckRun run, ScannedPage page)
    {
        var first = new Dictionary<string, PagePosition>(StringComparer.Ordinal);
        foreach (var id in page.Ids)
        {
            if (!first.TryAdd(id.Name, id.Position))
            {
                var earlier = first[id.Name];
                run.Error(DiagnosticIds.DuplicateId, page.Path, id.Position,
                    $"The id \"{id.Name}\" is already used at line {earlier.Line}, column {earlier.Column}; ids must be unique in a page.");
            }
        }
    }
}
