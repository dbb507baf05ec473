using System.Globalization;
using PaperArchive.FileSystem;

namespace PaperArchive.Cli.Building;

/// <summary>
/// A one-line progress bar for the write stage, redrawn in place a few times a second, and only on a terminal:
/// redirected output (CI logs, pipes, tests) never sees it. The total is not known while pages stream, so it is
/// estimated from the files already in the output folder; without one, a count is shown instead of a bar.
/// </summary>
public sealed class ProgressBar : IProgress<int>, IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly int _expected;
    private readonly Timer? _timer;
    private readonly Lock _lock = new();
    private int _done;
    private bool _drawn;
    private bool _stopped;

    private ProgressBar(TextWriter writer, int expected, bool enabled)
    {
        _writer = writer;
        _expected = expected;
        // Short builds finish before the first draw, so they print no bar at all.
        _timer = enabled ? new Timer(_ => Draw(), null, Delay, Interval) : null;
    }

    /// <summary>A bar on the console's standard output when it is a terminal, otherwise one that prints nothing.</summary>
    public static ProgressBar ForConsole(string outputDirectory) =>
        new(Console.Out, Console.IsOutputRedirected ? 0 : CountFiles(outputDirectory), enabled: !Console.IsOutputRedirected);

    public void Report(int value) => Volatile.Write(ref _done, value);

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            // A tick already queued when the timer was disposed must not draw over what follows.
            _stopped = true;
            if (_drawn)
            {
                _writer.Write("\r" + new string(' ', Width + 40) + "\r");
                _writer.Flush();
            }
        }
    }

    private void Draw()
    {
        var done = Volatile.Read(ref _done);
        if (done == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            _writer.Write("\r" + Line(done, _expected));
            _writer.Flush();
            _drawn = true;
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

    private static int CountFiles(string folder) =>
        Directory.Exists(folder) ? TreeWalk.NonFolders(folder).Count() : 0;
}
