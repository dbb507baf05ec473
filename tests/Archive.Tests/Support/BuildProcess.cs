using System.Diagnostics;

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

    public static BuildProcess Start(string workingDirectory, params string[] arguments) =>
        new(ChildProcess.StartArchive(workingDirectory, ["build", .. arguments]));

    /// <summary>SIGKILL: the process gets no chance to clean up.</summary>
    public void Kill() => ChildProcess.Signal(_process, ChildProcess.Kill);

    /// <summary>SIGINT, as Ctrl+C in a terminal.</summary>
    public void Interrupt() => ChildProcess.Signal(_process, ChildProcess.Interrupt);

    public bool WaitForExit(TimeSpan bound) => ChildProcess.WaitForExit(_process, bound);

    public void Dispose() => ChildProcess.Stop(_process);
}
