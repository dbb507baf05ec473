using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>Resolves every reference of a page (or stylesheet) and reports those that lead nowhere in the output (ARC0804), that
/// run code (<c>javascript:</c>, ARC0806), or that use any scheme but http, https and mailto in an attribute (ARC0812, on any
/// element). Records what each link reaches, for the fragment and orphan rules.</summary>
internal static class LinkRule
{
    public static void Check(CheckRun run, ScannedPage page, IReadOnlySet<string> anchors)
    {
        var pageUrl = run.Address.UrlOf(page.Path);
        if (page.BaseHref is { } baseHref && run.Address.Resolve(pageUrl, baseHref) is LinkTarget.Internal)
        {
            // A <base href> changes what every relative URL of the page resolves against, as in a browser.
            pageUrl = new Uri(pageUrl, UrlText.Clean(baseHref));
        }

        Check(run, page.Path, pageUrl, page.References, anchors);
        foreach (var reference in page.OtherUrls)
        {
            ReportScheme(run, page.Path, reference, run.Address.Resolve(pageUrl, reference.Value));
        }
    }

    /// <summary>Checks the references of any file, a page or a stylesheet (<paramref name="page"/>), whose relative URLs
    /// resolve against <paramref name="pageUrl"/>.</summary>
    public static void Check(CheckRun run, string page, Uri pageUrl, IEnumerable<PageReference> references, IReadOnlySet<string> anchors)
    {
        foreach (var reference in references)
        {
            var target = run.Address.Resolve(pageUrl, reference.Value);
            if (ReportScheme(run, page, reference, target))
            {
                continue;
            }

            switch (target)
            {
                case null:
                    Report(run, page, reference, "is not a valid URL.");
                    break;
                case LinkTarget.OutsideSite outside:
                    run.LinkChecked();
                    Report(run, page, reference, $"points to {outside.Path}, outside the site's base path {run.Address.BasePath}.");
                    break;
                case LinkTarget.Internal @internal:
                    run.LinkChecked();
                    CheckInternal(run, page, anchors, reference, @internal);
                    break;
            }
        }
    }

    /// <summary>Reports a javascript: URL anywhere, and any other scheme the site must not use in an attribute (a
    /// stylesheet's <c>url(data:...)</c> is an image, not a link); true when the reference was such a one.</summary>
    private static bool ReportScheme(CheckRun run, string page, PageReference reference, LinkTarget? target)
    {
        switch (target)
        {
            case LinkTarget.Script:
                run.Error(DiagnosticIds.JavaScriptUrl, page, reference.Position,
                    $"{Describe(reference)} runs code from a javascript: URL; use a real link (the Content-Security-Policy blocks it, and it is an injection risk).");
                return true;
            case LinkTarget.ForbiddenScheme forbidden:
                if (reference.Attribute.Length > 0)
                {
                    run.Error(DiagnosticIds.ForbiddenScheme, page, reference.Position,
                        $"{Describe(reference)} uses the scheme '{forbidden.Scheme}:'; only http:, https: and mailto: belong in the site (others can run code, read the reader's files or hand them to another program).");
                }

                return true;
            default:
                return false;
        }
    }

    private static void CheckInternal(CheckRun run, string page, IReadOnlySet<string> anchors, PageReference reference, LinkTarget.Internal target)
    {
        var file = SiteFiles.FileOf(target.Path);
        if (!run.Files.Contains(file))
        {
            var folderIndex = target.Path + "/index.html";
            Report(run, page, reference, run.Files.Contains(folderIndex)
                ? $"points to the folder {target.Path} without its trailing slash; link to '{target.Path}/' (it only works through a redirect, and never from disk)."
                : $"points to {file}, which is not in the output.");
            return;
        }

        if (file != page)
        {
            // A page's links to itself (its canonical URL, a skip link) do not make it reachable.
            run.MarkLinked(file);
        }

        if (target.Fragment is not { } fragment || !SiteFiles.IsPage(file) || FragmentRule.IsAlwaysValid(fragment))
        {
            return;
        }

        if (file == page)
        {
            FragmentRule.Check(run, page, reference, file, fragment, anchors);
        }
        else
        {
            run.Defer(new PendingFragment(page, reference, file, fragment));
        }
    }

    private static void Report(CheckRun run, string page, PageReference reference, string problem) =>
        run.Error(DiagnosticIds.BrokenLink, page, reference.Position, $"{Describe(reference)} {problem}");

    /// <summary>The reference as it appears in the page, shortened so that a data: URL cannot flood the console.</summary>
    public static string Describe(PageReference reference)
    {
        var value = reference.Value.Length <= 80 ? reference.Value : reference.Value[..77] + "...";
        return reference.Attribute.Length == 0 ? $"url({value})" : $"<{reference.Element} {reference.Attribute}=\"{value}\">";
    }
}
