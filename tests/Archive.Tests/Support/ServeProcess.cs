using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperArchive.Tests.Support;

/// <summary>
/// The real <c>archive serve</c> running in a child process, like <see cref="CliRunner"/> but long-running: it
/// waits for the URL the command prints, talks to it over HTTP, and always kills the process when disposed.
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private ServeProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Url { get; private set; } = string.Empty;

    public HttpClient Http { get; private set; } = new();

    public string StandardOutput => Read(_stdout);

    public string StandardError => Read(_stderr);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>archive serve --port 0</c> with <paramref name="arguments"/> and waits until it prints its URL.</summary>
    public static ServeProcess Start(string workingDirectory, params string[] arguments)
    {
        var serve = new ServeProcess(ChildProcess.StartArchive(workingDirectory, ["serve", "--port", "0", .. arguments]));
        try
        {
            serve.WaitForUrl();
        }
        catch
        {
            serve.Dispose();
            throw;
        }

        return serve;
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does.</summary>
    public void Interrupt() => ChildProcess.Signal(_process, ChildProcess.Interrupt);

    /// <summary>Waits for the process to end and for the last of its output to be read.</summary>
    public bool WaitForExit(TimeSpan bound) => ChildProcess.WaitForExit(_process, bound);

    public void Dispose()
    {
        Http.Dispose();
        ChildProcess.Stop(_process);
    }

    private void WaitForUrl()
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < StartBound)
        {
            if (ServingLine().Match(StandardOutput) is { Success: true } match)
            {
                Url = match.Groups[1].Value;
                Http = new HttpClient { BaseAddress = new Uri(Url + "/"), Timeout = TimeSpan.FromSeconds(30) };
                return;
            }

            if (_process.HasExited)
            {
                break;
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException($"archive serve printed no URL.\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    [GeneratedRegex(@"^Serving .* at (http://127\.0\.0\.1:\d+)/$", RegexOptions.Multiline)]
    private static partial Regex ServingLine();
}
