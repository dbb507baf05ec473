using System.Globalization;
using PaperArchive.Diagnostics;
using PaperArchive.Enrichment;

namespace PaperArchive.Cli.Enriching;

/// <summary>What <c>archive enrich</c> prints: the plan (nothing to ask, or --dry-run), the summary of a run, and why a
/// run stopped early as one diagnostic line.</summary>
public static class EnrichReport
{
    public static void PrintPlan(PaperSelection.Selection selection, EnrichOptions options, string folder, TextWriter output)
    {
        if (selection.ToAsk.Count == 0)
        {
            output.WriteLine($"Nothing to ask: all {selection.Known:N0} papers have an answer in {folder} (--refresh asks again).");
            return;
        }

        var requests = LookupPlanner.Plan(selection.ToAsk, options).Count;
        var byId = selection.ToAsk.Count(p => p.ArxivId is not null);
        output.WriteLine(Invariant(
            $"Would ask arXiv about {Count(selection.ToAsk.Count, "paper")} ({byId:N0} by arXiv id, {selection.ToAsk.Count - byId:N0} by title) in {Count(requests, "request")}, {Duration(options.Delay * Math.Max(0, requests - 1))} at {options.Delay.TotalSeconds:0.###} s between requests."));
        output.WriteLine(Invariant($"{Count(selection.Known, "paper")} already {(selection.Known == 1 ? "has" : "have")} an answer in {folder}{LeftForLater(selection, "; ")}."));
        foreach (var paper in selection.ToAsk)
        {
            output.WriteLine(paper.ArxivId is { } id ? $"  by id     {paper.Slug} ({id})" : $"  by title  {paper.Slug}");
        }
    }

    public static void PrintSummary(EnrichResult result, PaperSelection.Selection selection, EnrichOptions options, string folder, TextWriter output)
    {
        if (result.Outcomes.Count == 0 && result.StoppedBy is not null)
        {
            return;
        }

        output.WriteLine(Invariant(
            $"Asked arXiv about {selection.ToAsk.Count - result.Unasked.Count:N0} of {Count(selection.ToAsk.Count, "paper")} in {Count(result.Requests, "request")}: {result.Count(OutcomeKind.Found):N0} found, {result.Count(OutcomeKind.NotFound):N0} not found, {result.Count(OutcomeKind.Ambiguous):N0} ambiguous."));
        var notFound = result.Outcomes.Where(o => o.Kind == OutcomeKind.NotFound).ToList();
        if (notFound.Count > 0)
        {
            output.WriteLine("Not found on arXiv (recorded with the day asked; asked again only with --refresh):");
            foreach (var outcome in notFound)
            {
                output.WriteLine($"  {outcome.Paper.Slug}: {outcome.Paper.Title}");
            }
        }

        var ambiguous = result.Outcomes.Where(o => o.Kind == OutcomeKind.Ambiguous).ToList();
        if (ambiguous.Count > 0)
        {
            output.WriteLine("Ambiguous: several arXiv papers carry exactly this title, so none was taken (recorded; asked again only with --refresh):");
            foreach (var outcome in ambiguous)
            {
                output.WriteLine($"  {outcome.Paper.Slug}: {outcome.Paper.Title} ({string.Join(", ", outcome.Candidates)})");
            }
        }

        if (result.Outcomes.Count > 0)
        {
            output.WriteLine(Invariant($"Wrote {Count(result.Outcomes.Count, "file")} to {folder}; review {(result.Outcomes.Count == 1 ? "it" : "them")} (git diff) and commit."));
        }

        if (result.Interrupted)
        {
            output.WriteLine(Invariant($"Stopped by Ctrl+C: the answers so far are written. Run `archive enrich` again to ask about the {Count(result.Unasked.Count, "paper")} left."));
        }
        else if (selection.LeftForLater > 0 && result.StoppedBy is null)
        {
            output.WriteLine(LeftForLater(selection, "") + ".");
        }
    }

    /// <summary>Why the run stopped early, or what arXiv refused, as diagnostics: one line each, never a stack trace.</summary>
    public static DiagnosticBag Problems(EnrichResult result, EnrichOptions options)
    {
        var problems = new DiagnosticBag();
        var kept = result.Outcomes.Count == 0
            ? "Nothing was learned yet"
            : Invariant($"The {result.Outcomes.Count:N0} answers learned so far are written");
        var left = Invariant($"{Count(result.Unasked.Count, "paper")} {(result.Unasked.Count == 1 ? "is" : "are")} left");
        switch (result.StoppedBy)
        {
            case { Failure: FetchFailureKind.Offline, Problem: var problem }:
                problems.Error(DiagnosticIds.EnrichOffline, null, $"{problem}. {kept}; {left}: run `archive enrich` again when online.");
                break;
            case { Failure: FetchFailureKind.Unavailable, Problem: var problem }:
                problems.Error(DiagnosticIds.EnrichUnavailable, null,
                    Invariant($"{problem} ({options.Retries + 1} tries); arXiv may be down or busy. {kept}; {left}: run `archive enrich` again later."));
                break;
        }

        if (result.Unwritable is { } unwritable)
        {
            problems.Error(DiagnosticIds.EnrichUnwritable, null, $"{unwritable}. {kept}; {left}.");
        }

        foreach (var refusal in result.Refusals)
        {
            problems.Warning(DiagnosticIds.EnrichRefused, null, $"{refusal}; these papers stay unasked.");
        }

        return problems;
    }

    private static string LeftForLater(PaperSelection.Selection selection, string separator) => selection.LeftForLater switch
    {
        0 => "",
        1 => separator + "1 more is left for a later run (--limit)",
        var n => Invariant($"{separator}{n:N0} more are left for a later run (--limit)"),
    };

    private static string Count(int count, string noun) => Invariant($"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    private static string Duration(TimeSpan time) => time.TotalSeconds switch
    {
        < 90 => Invariant($"about {Math.Ceiling(time.TotalSeconds):0} s"),
        < 90 * 60 => Invariant($"about {Math.Ceiling(time.TotalMinutes):0} min"),
        _ => Invariant($"about {time.TotalHours:0.#} h"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
