using System.Diagnostics;
using System.Runtime.InteropServices;
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
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var argument in (string[])["serve", "--port", "0", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var serve = new ServeProcess(Process.Start(start)!);
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
    public void Interrupt() => Assert.Equal(0, kill(_process.Id, 2));

    /// <summary>Waits for the process to end and for the last of its output to be read.</summary>
    public bool WaitForExit(TimeSpan bound)
    {
        if (!_process.WaitForExit(bound))
        {
            return false;
        }

        // Only the overload without a bound waits for the redirected output to reach its end.
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

        Http.Dispose();
        _process.Dispose();
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

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
