using PaperArchive.Diagnostics;

namespace PaperArchive.Checking;

/// <summary>Reports links to a <c>#fragment</c> that the target page has no element for (ARC0805): no <c>id</c> and
/// no <c>&lt;a name&gt;</c> of that name.</summary>
internal static class FragmentRule
{
    /// <summary>"#" alone and "#top" scroll to the top of any page, as browsers do without an element for them.</summary>
    public static bool IsAlwaysValid(string fragment) =>
        fragment.Length == 0 || string.Equals(fragment, "top", StringComparison.OrdinalIgnoreCase);

    public static void Check(CheckRun run, string page, PageReference reference, string targetFile, string fragment, IReadOnlySet<string>? anchors)
    {
        if (anchors is null || anchors.Contains(fragment))
        {
            return;
        }

        var where = targetFile == page ? "this page has" : $"{targetFile} has";
        run.Error(DiagnosticIds.BrokenFragment, page, reference.Position,
            $"{LinkRule.Describe(reference)} points to #{fragment}, but {where} no element with that id.");
    }

    public static void CheckDeferred(CheckRun run)
    {
        foreach (var pending in run.Fragments)
        {
            Check(run, pending.Page, pending.Reference, pending.TargetFile, pending.Fragment, run.AnchorsOf(pending.TargetFile));
        }
    }
}
