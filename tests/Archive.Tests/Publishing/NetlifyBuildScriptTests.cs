using System.Diagnostics;
using System.Runtime.Versioning;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Publishing;

/// <summary>
/// <c>scripts/netlify-build.sh</c> run for real against stand-ins for <c>dotnet</c> and <c>curl</c> (there is no
/// internet here, and the real SDK must not be replaced), with a PATH that holds only those and the few tools the
/// script uses, so each case sees exactly the SDK it describes.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class NetlifyBuildScriptTests : IDisposable
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "scripts", "netlify-build.sh");
    private static readonly string[] Tools = ["bash", "awk", "mktemp", "rm", "dirname", "mkdir", "cp", "chmod", "env"];

    private readonly TempFolder _temp = new();

    public NetlifyBuildScriptTests()
    {
        Directory.CreateDirectory(_temp.Combine("repo", "scripts"));
        File.Copy(Script, _temp.Combine("repo", "scripts", "netlify-build.sh"));
        Directory.CreateDirectory(_temp.Combine("bin"));
        Directory.CreateDirectory(_temp.Combine("log"));
        foreach (var tool in Tools)
        {
            File.CreateSymbolicLink(_temp.Combine("bin", tool), Which(tool));
        }

        // A dotnet that lists the SDK in FAKE_SDK and logs every other call; the installer leaves a .NET 10 one.
        Executable("templates/dotnet", "#!/usr/bin/env bash\ncase \"$1\" in\n  --list-sdks) echo \"$FAKE_SDK [/fake/sdk]\" ;;\n" +
            "  --version) echo \"$FAKE_SDK\" ;;\n  *) printf '%s\\n' \"$*\" >> \"$FAKE_LOG/dotnet.txt\" ;;\nesac\n");
        Executable("templates/dotnet-install.sh", "#!/usr/bin/env bash\nprintf '%s\\n' \"$*\" >> \"$FAKE_LOG/installer.txt\"\n" +
            "while [ $# -gt 0 ]; do [ \"$1\" = --install-dir ] && dir=\"$2\"; shift; done\nmkdir -p \"$dir\"\n" +
            "printf '#!/usr/bin/env bash\\nFAKE_SDK=10.0.100 exec \"%s\" \"$@\"\\n' \"$FAKE_TEMPLATES/dotnet\" > \"$dir/dotnet\"\n" +
            "chmod +x \"$dir/dotnet\"\n");
        Executable("bin/curl", "#!/usr/bin/env bash\nprintf '%s\\n' \"$*\" >> \"$FAKE_LOG/curl.txt\"\n" +
            "while [ $# -gt 0 ]; do [ \"$1\" = --output ] && out=\"$2\"; shift; done\ncp \"$FAKE_TEMPLATES/dotnet-install.sh\" \"$out\"\n");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_script_is_executable_and_valid_bash()
    {
        Assert.True(File.GetUnixFileMode(Script).HasFlag(UnixFileMode.UserExecute), "scripts/netlify-build.sh is not executable.");
        Assert.Equal(0, Run("bash", ["-n", Script]).ExitCode);
    }

    [Theory]
    [InlineData("production", "https://paper-archive.example")]
    [InlineData("deploy-preview", "https://deploy-preview-3--paper-archive.example")]
    [InlineData("branch-deploy", "https://deploy-preview-3--paper-archive.example")]
    public void The_site_is_built_in_release_into_output_with_the_deploys_own_url(string context, string baseUrl)
    {
        InstallFakeDotnet("10.0.100");

        var result = RunScript(context);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"run --project src/Archive.Cli --configuration Release -- build --output {BuildOptions.Default.OutputDirectory} --base-url {baseUrl}\n", Log("dotnet"));
        Assert.Null(Log("curl"));
    }

    [Theory]
    [InlineData("8.0.404")]
    [InlineData(null)]
    public void An_older_or_missing_sdk_is_replaced_by_dotnet_10_from_the_official_install_script(string? sdk)
    {
        if (sdk is not null)
        {
            InstallFakeDotnet(sdk);
        }

        var result = RunScript("production");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", Log("curl"));
        Assert.Equal($"--channel 10.0 --install-dir {_temp.Combine("repo", ".dotnet")} --no-path\n", Log("installer"));
        Assert.StartsWith("run --project src/Archive.Cli --configuration Release -- build", Log("dotnet"));
    }

    private (int ExitCode, string Output) RunScript(string context) =>
        Run(_temp.Combine("bin", "bash"), [_temp.Combine("repo", "scripts", "netlify-build.sh")], ("CONTEXT", context),
            ("URL", "https://paper-archive.example"), ("DEPLOY_PRIME_URL", "https://deploy-preview-3--paper-archive.example"));

    private (int ExitCode, string Output) Run(string program, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "CONTEXT", "URL", "DEPLOY_PRIME_URL", "DOTNET_INSTALL_DIR", "DOTNET_ROOT" })
        {
            start.Environment.Remove(name);
        }

        if (environment.Length > 0)
        {
            start.Environment["PATH"] = _temp.Combine("bin");
            start.Environment["FAKE_LOG"] = _temp.Combine("log");
            start.Environment["FAKE_TEMPLATES"] = _temp.Combine("templates");
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the script did not finish.");
        return (process.ExitCode, output.Result + errors.Result);
    }

    private void InstallFakeDotnet(string sdk) =>
        Executable("bin/dotnet", $"#!/usr/bin/env bash\nFAKE_SDK={sdk} exec \"{_temp.Combine("templates", "dotnet")}\" \"$@\"\n");

    private void Executable(string relativePath, string content)
    {
        var path = _temp.Write(relativePath, content);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private string? Log(string name)
    {
        var path = _temp.Combine("log", name + ".txt");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static string Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists) ?? throw new InvalidOperationException($"{tool} is not installed.");
}
