using System.Diagnostics;

namespace PaperArchive.Tests.Support;

/// <summary>Runs the real <c>archive</c> executable in a child process, as a user or a script would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static Result Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string?>(), arguments);

    /// <summary>Runs with extra environment variables (a null value removes the variable), e.g. <c>DOTNET_PROCESSOR_COUNT=1</c>.</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"archive {string.Join(' ', arguments)} did not finish in two minutes.");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
