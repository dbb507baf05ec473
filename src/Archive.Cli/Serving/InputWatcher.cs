using System.Threading.Channels;

namespace PaperArchive.Cli.Serving;

/// <summary>
/// Watches folders (recursively) and signals that something changed. Signals collapse into one while a rebuild
/// is pending, and <see cref="WaitForQuietAsync"/> waits until saving has settled (editors write a file in
/// several steps), so one save causes one rebuild. Editor swap and backup files are ignored.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly List<FileSystemWatcher> _watchers = [];

    public InputWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Signal(e.Name);
            watcher.Created += (_, e) => Signal(e.Name);
            watcher.Deleted += (_, e) => Signal(e.Name);
            watcher.Renamed += (_, e) => Signal(e.Name);
            // A lost event (buffer overflow) may have been anything: rebuild to be safe.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(true);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
            Folders.Add(folder);
        }
    }

    /// <summary>The folders actually watched (those that exist).</summary>
    public List<string> Folders { get; } = [];

    /// <summary>Waits for a change, then until no further change has come for a short quiet period.</summary>
    public async Task WaitForQuietAsync(CancellationToken cancellation)
    {
        await _changes.Reader.ReadAsync(cancellation);
        do
        {
            await Task.Delay(Quiet, cancellation);
        }
        while (_changes.Reader.TryRead(out _));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    internal static bool Ignored(string? name)
    {
        var file = Path.GetFileName(name ?? string.Empty);
        return file.StartsWith('.') || file.EndsWith('~') || file.EndsWith(".swp", StringComparison.Ordinal) || file.EndsWith(".tmp", StringComparison.Ordinal);
    }

    private void Signal(string? name)
    {
        if (!Ignored(name))
        {
            _changes.Writer.TryWrite(true);
        }
    }
}
