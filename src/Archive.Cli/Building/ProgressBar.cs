using System.Diagnostics;
using System.Globalization;
using PaperArchive.FileSystem;

namespace PaperArchive.Cli.Building;

/// <summary>
/// A one-line progress bar, redrawn in place a few times a second, and only on a terminal: redirected output (CI
/// logs, pipes, tests) never sees it. For the write stage the total is not known while pages stream, so it is
/// estimated from the files already in the output folder; without one, a count is shown instead of a bar. For
/// <c>enrich</c> the total is known, and the bar estimates the time left from the pace so far.
/// </summary>
public sealed class ProgressBar : IProgress<int>, IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly Func<int, string?> _line;
    private readonly Timer? _timer;
    private readonly Lock _lock = new();
    private int _done;
    private int _drawnWidth;
    private bool _stopped;

    private ProgressBar(TextWriter writer, Func<int, string?> line, bool enabled)
    {
        _writer = writer;
        _line = line;
        // Short builds finish before the first draw, so they print no bar at all.
        _timer = enabled ? new Timer(_ => Draw(), null, Delay, Interval) : null;
    }

    /// <summary>A bar on the console's standard output when it is a terminal, otherwise one that prints nothing.</summary>
    public static ProgressBar ForConsole(string outputDirectory)
    {
        var expected = Console.IsOutputRedirected ? 0 : CountFiles(outputDirectory);
        return new(Console.Out, done => done == 0 ? null : Line(done, expected), enabled: !Console.IsOutputRedirected);
    }

    /// <summary>A bar for <paramref name="total"/> papers asked about, with the time left, on a terminal only.</summary>
    public static ProgressBar ForLookups(int total)
    {
        var started = Stopwatch.StartNew();
        return new(Console.Out, done => LookupLine(done, total, started.Elapsed), enabled: !Console.IsOutputRedirected);
    }

    public void Report(int value) => Volatile.Write(ref _done, value);

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            // A tick already queued when the timer was disposed must not draw over what follows.
            _stopped = true;
            if (_drawnWidth > 0)
            {
                _writer.Write("\r" + new string(' ', _drawnWidth) + "\r");
                _writer.Flush();
            }
        }
    }

    private void Draw()
    {
        if (_line(Volatile.Read(ref _done)) is not { } line)
        {
            return;
        }

        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            // A shorter line than the last one is padded, so no characters of the longer one stay behind.
            _writer.Write("\r" + line.PadRight(_drawnWidth));
            _writer.Flush();
            _drawnWidth = Math.Max(_drawnWidth, line.Length);
        }
    }

    internal static string Line(int done, int expected)
    {
        if (expected <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"  writing {done,9:N0} files");
        }

        var filled = (int)Math.Min(Width, (long)done * Width / expected);
        var bar = new string('#', filled) + new string('.', Width - filled);
        return string.Create(CultureInfo.InvariantCulture, $"  writing [{bar}] {done:N0}/{Math.Max(done, expected):N0} files");
    }

    internal static string LookupLine(int done, int total, TimeSpan elapsed)
    {
        var filled = total <= 0 ? Width : (int)Math.Min(Width, (long)done * Width / total);
        var bar = new string('#', filled) + new string('.', Width - filled);
        var left = done == 0 ? "" : ", " + TimeLeft(elapsed * (Math.Max(0, total - done) / (double)done));
        return string.Create(CultureInfo.InvariantCulture, $"  asking arXiv [{bar}] {done:N0}/{total:N0} papers{left}");
    }

    private static string TimeLeft(TimeSpan left) => left.TotalSeconds switch
    {
        < 1 => "almost done",
        < 90 => string.Create(CultureInfo.InvariantCulture, $"about {left.TotalSeconds:0} s left"),
        < 90 * 60 => string.Create(CultureInfo.InvariantCulture, $"about {left.TotalMinutes:0} min left"),
        _ => string.Create(CultureInfo.InvariantCulture, $"about {left.TotalHours:0.#} h left"),
    };

    private static int CountFiles(string folder) =>
        Directory.Exists(folder) ? TreeWalk.NonFolders(folder).Count() : 0;
}
