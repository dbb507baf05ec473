using System.Diagnostics;

namespace PaperArchive.Cli.Bench;

/// <summary>Starts this same <c>archive</c> program again: through its app host when it was started that way
/// (<c>dotnet run</c>, an installed tool), otherwise as <c>dotnet archive.dll</c>.</summary>
internal static class SelfProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var program = typeof(SelfProcess).Assembly.Location;
        var viaAppHost = string.Equals(Path.GetFileNameWithoutExtension(host), Path.GetFileNameWithoutExtension(program), StringComparison.Ordinal);
        var start = new ProcessStartInfo(viaAppHost ? host : DotnetHost(host))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!viaAppHost)
        {
            start.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>The dotnet host running us, or the one on the PATH when we run inside another host (a test runner).</summary>
    private static string DotnetHost(string host) =>
        Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
