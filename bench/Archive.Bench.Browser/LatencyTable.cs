using System.Globalization;
using System.Text;

namespace PaperArchive.Bench.Browser;

/// <summary>One query's runs in the three situations the benchmark measures.</summary>
public sealed record QueryRuns(string Query, IReadOnlyList<QueryTiming> Cold, IReadOnlyList<QueryTiming> Warm, IReadOnlyList<QueryTiming> Link, IReadOnlyList<QueryTiming> Header, IReadOnlyList<QueryTiming> KeyByKey);

/// <summary>Prints the median and the worst of the runs, per query and situation, as a Markdown table.</summary>
public static class LatencyTable
{
    public static string Format(IReadOnlyList<QueryRuns> queries)
    {
        var text = new StringBuilder();
        text.AppendLine("ms to the first result / to the whole first page, median (worst); KB and requests fetched meanwhile, median");
        text.AppendLine();
        text.AppendLine("| query | typed, cold | KB, req. | typed, warm | KB, req. | key by key, last key | KB, req. | header box + Enter | KB, req. | opened as search/?q= | KB, req. |");
        text.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var q in queries)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{q.Query}` | {Times(q.Cold)} | {Bytes(q.Cold)} | {Times(q.Warm)} | {Bytes(q.Warm)} | {Times(q.KeyByKey)} | {Bytes(q.KeyByKey)} | {Times(q.Header)} | {Bytes(q.Header)} | {Times(q.Link)} | {Bytes(q.Link)} |"));
        }

        var all = queries.SelectMany(q => q.Cold.Concat(q.Warm).Concat(q.KeyByKey)).ToList();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"typed queries: first result within 100 ms in {all.Count(t => t.First <= 100)} of {all.Count} runs, whole page in {all.Count(t => t.Dom <= 100)}, drawn in {all.Count(t => t.Frame <= 100)}; worst {all.Max(t => t.First):0} / {all.Max(t => t.Dom):0} ms."));
        return text.ToString();
    }

    /// <summary>The files of each query's last run, with when they were requested and received (from the keystroke,
    /// or from navigation start for a page opened at <c>search/?q=</c>): where the time goes.</summary>
    public static string Timelines(IReadOnlyList<QueryRuns> queries)
    {
        var text = new StringBuilder();
        foreach (var q in queries)
        {
            foreach (var (name, run) in new[] { ("typed, cold", q.Cold[^1]), ("typed, warm", q.Warm[^1]), ("key by key", q.KeyByKey[^1]), ("header box", q.Header[^1]), ("opened", q.Link[^1]) })
            {
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"`{q.Query}`, {name}: first result at {run.First:0.0} ms, whole page at {run.Dom:0.0} ms, frame at {run.Frame:0.0} ms"));
                foreach (var line in run.Timeline)
                {
                    text.AppendLine("    " + line);
                }
            }
        }

        return text.ToString();
    }

    // Time to the results in the document, then to the next frame drawn with them.
    private static string Times(IReadOnlyList<QueryTiming> runs) => string.Create(CultureInfo.InvariantCulture,
        $"{Median(runs.Select(r => r.First)):0} / {Median(runs.Select(r => r.Dom)):0} ({runs.Max(r => r.First):0} / {runs.Max(r => r.Dom):0})");

    private static string Bytes(IReadOnlyList<QueryTiming> runs) => string.Create(CultureInfo.InvariantCulture,
        $"{Median(runs.Select(r => (double)r.Bytes)) / 1024:0.0}, {Median(runs.Select(r => (double)r.Requests)):0}");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
