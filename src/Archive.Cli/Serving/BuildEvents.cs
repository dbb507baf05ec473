using System.Threading.Channels;

namespace PaperArchive.Cli.Serving;

/// <summary>The latest <see cref="BuildState"/> and everyone listening for the next one (one channel per open
/// page). A new listener gets the current state at once, so a page opened after a failed build shows it.</summary>
public sealed class BuildEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<BuildState>> _listeners = [];
    private BuildState _current = new("starting", true, "The first build is running.", []);

    public BuildState Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    public void Publish(BuildState state)
    {
        lock (_lock)
        {
            _current = state;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(state);
            }
        }
    }

    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<BuildState>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            channel.Writer.TryWrite(_current);
            _listeners.Add(channel);
        }

        return new Subscription(this, channel);
    }

    /// <summary>One listener's states, in order; disposing it stops listening.</summary>
    public sealed class Subscription(BuildEvents events, Channel<BuildState> channel) : IDisposable
    {
        public ChannelReader<BuildState> States => channel.Reader;

        public void Dispose()
        {
            lock (events._lock)
            {
                events._listeners.Remove(channel);
            }
        }
    }
}
