using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>
/// <c>archive check</c>: parses every page of a built site and reports broken links and fragments, javascript: URLs,
/// duplicate ids, images without alt, pages without a title or description, and files nothing links to. Pages are
/// parsed in parallel and dropped at once; only link targets, anchor names and fragment links are kept.
/// </summary>
public static class SiteChecker
{
    private static readonly IReadOnlySet<string> EmptyAnchors = new HashSet<string>();

    public static CheckSummary Check(CheckOptions options, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(options.OutputDirectory))
        {
            diagnostics.Error(DiagnosticIds.CheckOutputMissing, null,
                $"The output folder '{options.OutputDirectory}' does not exist; build the site first (archive build) or pass --output.");
            return CheckSummary.Empty;
        }

        if (SiteAddress.For(options.BaseUrl) is not { } address)
        {
            diagnostics.Error(DiagnosticIds.CheckBaseUrlInvalid, null,
                $"The base URL '{options.BaseUrl}' is not an absolute http or https URL.");
            return CheckSummary.Empty;
        }

        var files = SiteFiles.Scan(options.OutputDirectory);
        var run = new CheckRun(files, address, diagnostics);
        Parallel.ForEach(files.Pages, () => new PageScanner(), (page, _, scanner) =>
        {
            CheckPage(run, scanner, page);
            return scanner;
        }, _ => { });
        Parallel.ForEach(files.All.Where(f => f.EndsWith(".css", StringComparison.OrdinalIgnoreCase)), file => CheckStylesheet(run, file));
        FragmentRule.CheckDeferred(run);
        OrphanRule.Check(run);
        return new CheckSummary(run.Pages, run.Links, files.All.Count);
    }

    private static void CheckStylesheet(CheckRun run, string file)
    {
        if (Read(run, file) is { } css)
        {
            LinkRule.Check(run, file, run.Address.UrlOf(file), StylesheetScanner.References(css), EmptyAnchors);
        }
    }

    private static void CheckPage(CheckRun run, PageScanner scanner, string file)
    {
        if (Read(run, file) is not { } html)
        {
            return;
        }

        var page = scanner.Scan(file, html);
        var anchors = page.Anchors();
        DuplicateIdRule.Check(run, page);
        ImageAltRule.Check(run, page);
        HeadRule.Check(run, page);
        LinkRule.Check(run, page, anchors);
        run.PageChecked(file, anchors);
    }

    private static string? Read(CheckRun run, string file)
    {
        try
        {
            return File.ReadAllText(run.Files.FullPath(file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            run.Error(DiagnosticIds.CheckPageUnreadable, file, PagePosition.Start, $"The file cannot be read: {exception.Message}");
            return null;
        }
    }
}
