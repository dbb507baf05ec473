using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>Reports files in the output that nothing links to (ARC0811): dead weight at best, a forgotten page at
/// worst. Entry points (<see cref="EntryPoints"/>) and files named by robots.txt or a sitemap are exempt.</summary>
internal static class OrphanRule
{
    public static void Check(CheckRun run)
    {
        var crawled = CrawlerFiles.Referenced(run.Files, run.Address);
        foreach (var file in run.Files.All)
        {
            if (!run.IsLinked(file) && !EntryPoints.Contains(file) && !crawled.Contains(file))
            {
                run.Error(DiagnosticIds.OrphanFile, file, PagePosition.Start,
                    "Nothing links to this file: no page, robots.txt or sitemap refers to it.");
            }
        }
    }
}
