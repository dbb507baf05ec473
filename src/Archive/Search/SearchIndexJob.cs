using System.Collections.Concurrent;
using System.Diagnostics;
using PaperArchive.Output;

namespace PaperArchive.Search;

/// <summary>
/// The search index built on a thread of its own while the pages are made, its files handed to the writer as each
/// segment is done, between the pages (<see cref="Between"/>), instead of held until every page is written: at 100,000
/// papers they are 87 MB in 70,903 files that lived for the last 12 s of the build, the part with its peak memory.
/// </summary>
internal sealed class SearchIndexJob
{
    private readonly ConcurrentQueue<OutputFile> _made = new();
    private readonly Task<StageTiming> _run;

    /// <param name="build">The index's files, made as they are enumerated (see <see cref="SearchIndexBuilder.Build(Catalog.PaperCatalog, IReadOnlyList{Classification.ResearchTheme}, Site.DateStyle, Caching.StageCache?)"/>).</param>
    public SearchIndexJob(string stage, Func<IEnumerable<OutputFile>> build) =>
        // Not a thread-pool thread: the stages' parallel loops need the pool's threads.
        _run = Task.Factory.StartNew(() =>
        {
            var stopwatch = Stopwatch.StartNew();
            var count = 0;
            foreach (var file in build())
            {
                _made.Enqueue(file);
                count++;
            }

            return new StageTiming(stage, stopwatch.Elapsed, count);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary><paramref name="files"/>, with the index's files that are ready after each of them, then, once they have
    /// ended, the rest of the index's files when it is done. A failure of the index is thrown there, unwrapped.</summary>
    public IEnumerable<OutputFile> Between(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            yield return file;
            while (_made.TryDequeue(out var made))
            {
                yield return made;
            }
        }

        _run.GetAwaiter().GetResult();
        while (_made.TryDequeue(out var made))
        {
            yield return made;
        }
    }

    /// <summary>What the index cost, measured on its own thread; waits for it.</summary>
    public StageTiming Timing => _run.GetAwaiter().GetResult();
}
