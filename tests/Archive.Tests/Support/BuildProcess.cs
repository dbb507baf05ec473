using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PaperArchive.Tests.Support;

/// <summary>The real <c>archive build</c> running in a child process that a test can kill (as a CI timeout or the
/// out-of-memory killer does) or interrupt (as Ctrl+C does) at a moment of its choosing.</summary>
public sealed class BuildProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private BuildProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string StandardOutput => _stdout.Result;

    public string StandardError => _stderr.Result;

    public static BuildProcess Start(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var argument in (string[])["build", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        return new BuildProcess(Process.Start(start)!);
    }

    /// <summary>SIGKILL: the process gets no chance to clean up.</summary>
    public void Kill() => Signal(9);

    /// <summary>SIGINT, as Ctrl+C in a terminal.</summary>
    public void Interrupt() => Signal(2);

    public bool WaitForExit(TimeSpan bound)
    {
        if (!_process.WaitForExit(bound))
        {
            return false;
        }

        _process.WaitForExit();
        return true;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // It had already gone.
        }

        _process.Dispose();
    }

    private void Signal(int signal)
    {
        // A process that has just ended cannot be signalled; that is not the test's failure.
        if (kill(_process.Id, signal) != 0 && !_process.HasExited)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
