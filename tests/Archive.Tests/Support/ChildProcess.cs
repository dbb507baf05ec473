using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PaperArchive.Tests.Support;

/// <summary>What <see cref="BuildProcess"/> and <see cref="ServeProcess"/> share: starting the real <c>archive</c>
/// with redirected output, signalling it as a terminal or the system would, and never leaving it running.</summary>
internal static class ChildProcess
{
    public const int Interrupt = 2;
    public const int Kill = 9;

    public static Process StartArchive(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>Sends <paramref name="signal"/>; a process that has just ended cannot be signalled, which is not a failure.</summary>
    public static void Signal(Process process, int signal)
    {
        if (kill(process.Id, signal) != 0 && !process.HasExited)
        {
            throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Waits for the process to end and for the last of its output to be read.</summary>
    public static bool WaitForExit(Process process, TimeSpan bound)
    {
        if (!process.WaitForExit(bound))
        {
            return false;
        }

        // Only the overload without a bound waits for the redirected output to reach its end.
        process.WaitForExit();
        return true;
    }

    /// <summary>Kills the process and its children if they still run, then lets go of it.</summary>
    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // It had already gone.
        }

        process.Dispose();
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
