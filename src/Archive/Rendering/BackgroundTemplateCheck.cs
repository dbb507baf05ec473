using System.Diagnostics;
using PaperArchive.Diagnostics;
using PaperArchive.Output;

namespace PaperArchive.Rendering;

/// <summary>
/// The <see cref="TemplateCheck"/> on a thread of its own, beside the write: at 100,000 papers it took 0.9 s on the
/// main thread's path before the first page was rendered. The writer makes the new site beside the output and swaps it
/// in only after the stream of files has ended (<see cref="SiteWriter"/>), so <see cref="Guard"/> ends that stream
/// with the check's verdict: the stream stops as soon as the check has failed, and its last step waits for the check
/// and reports what it found, so a failing check fails the build with its own diagnostics and the output is left as it
/// was, as when the check ran first.
/// </summary>
internal sealed class BackgroundTemplateCheck
{
    private readonly DiagnosticBag _problems = new();
    private readonly Task<StageTiming> _run;
    private int _reported;

    /// <param name="check">Runs the check, reporting into the bag it is given; returns how many pages it rendered.</param>
    public BackgroundTemplateCheck(string stage, Func<DiagnosticBag, int> check) =>
        _run = Task.Factory.StartNew(() =>
        {
            var stopwatch = Stopwatch.StartNew();
            var sampled = check(_problems);
            return new StageTiming(stage, stopwatch.Elapsed, sampled);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>True once the check has finished and found a template that does not render.</summary>
    public bool HasFailed => _run.IsCompleted && _problems.HasErrors;

    /// <summary><paramref name="files"/> until the check fails; at their end, waits for the check and reports its
    /// diagnostics into <paramref name="diagnostics"/> (which the writer looks at before it swaps anything in).</summary>
    public IEnumerable<OutputFile> Guard(IEnumerable<OutputFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            if (HasFailed)
            {
                break;
            }

            yield return file;
        }

        Report(diagnostics);
    }

    /// <summary>Waits for the check and reports its diagnostics once (later calls report nothing again); true when it
    /// found an error. The check's own exceptions (other than the template errors it reports) come through here.</summary>
    public bool Report(DiagnosticBag diagnostics)
    {
        _run.GetAwaiter().GetResult();
        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            foreach (var problem in _problems.Sorted())
            {
                diagnostics.Report(problem);
            }
        }

        return _problems.HasErrors;
    }

    /// <summary>What the check cost, measured on its own thread; waits for it.</summary>
    public StageTiming Timing => _run.GetAwaiter().GetResult();
}
