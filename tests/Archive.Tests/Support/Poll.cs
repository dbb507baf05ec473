using System.Diagnostics;
using Xunit.Sdk;

namespace PaperArchive.Tests.Support;

/// <summary>Waits for something that happens in another process. The bound only keeps a broken run from hanging;
/// it is not a timing assertion (the machine is shared and slow at times).</summary>
public static class Poll
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static async Task<T> Until<T>(Func<Task<T?>> probe, string what) where T : class
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (stopwatch.Elapsed > Bound)
            {
                throw new XunitException($"Waited {Bound.TotalSeconds:F0} s for {what}.");
            }

            await Task.Delay(200);
        }
    }
}
