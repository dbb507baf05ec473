using PaperArchive.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PaperArchive.Tests.Publishing;

/// <summary><c>.github/workflows/ci.yml</c> parses as YAML and builds, tests and keeps the site on every push.</summary>
public sealed class CiWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void The_workflow_runs_on_every_push_and_pull_request()
    {
        var on = (YamlMappingNode)Workflow["on"];

        Assert.Contains(new YamlScalarNode("push"), on.Children.Keys);
        Assert.Contains(new YamlScalarNode("pull_request"), on.Children.Keys);
    }

    [Fact]
    public void The_steps_check_out_set_up_dotnet_10_test_build_and_upload_the_site_in_that_order()
    {
        var steps = Steps();
        var checkout = Index(steps, s => Uses(s).StartsWith("actions/checkout@", StringComparison.Ordinal));
        var setup = Index(steps, s => Uses(s).StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        var deps = Index(steps, s => Run(s) == "bash scripts/install-test-deps.sh");
        var test = Index(steps, s => Run(s).StartsWith("dotnet test Archive.sln", StringComparison.Ordinal));
        var build = Index(steps, s => Run(s).Contains("src/Archive.Cli", StringComparison.Ordinal) && Run(s).Contains(" build", StringComparison.Ordinal));
        var upload = Index(steps, s => Uses(s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal));

        Assert.True(checkout < setup && setup < deps && deps < test && test < build && build < upload);
        Assert.Equal("10.0.x", ((YamlScalarNode)((YamlMappingNode)steps[setup]["with"])["dotnet-version"]).Value);
        var uploaded = ((YamlScalarNode)((YamlMappingNode)steps[upload]["with"])["path"]).Value!;
        Assert.Equal(BuildOptions.Default.OutputDirectory, uploaded.TrimEnd('/'));
    }

    [Fact]
    public void The_browser_tests_use_the_runners_chrome_and_a_skip_is_reported_in_the_summary()
    {
        var steps = Steps();
        var chrome = Index(steps, s => Run(s).Contains("CHROMIUM_PATH=", StringComparison.Ordinal) && Run(s).Contains("google-chrome", StringComparison.Ordinal));
        var test = Index(steps, s => Run(s).StartsWith("dotnet test Archive.sln", StringComparison.Ordinal));
        var report = Index(steps, s => Run(s).Contains("GITHUB_STEP_SUMMARY", StringComparison.Ordinal));

        Assert.True(chrome < test && test < report);
        Assert.Contains("trx", Run(steps[test]), StringComparison.Ordinal);
        Assert.Contains(BrowserFactAttribute.SkipPrefix.Trim(), Run(steps[report]), StringComparison.Ordinal);
        Assert.Equal("always()", Scalar(steps[report], "if"));
        Assert.DoesNotContain(steps, s => Run(s).Contains("playwright install", StringComparison.Ordinal));
    }

    private static List<YamlMappingNode> Steps()
    {
        var jobs = (YamlMappingNode)Workflow["jobs"];
        var job = (YamlMappingNode)Assert.Single(jobs.Children).Value;
        return ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList();
    }

    private static int Index(List<YamlMappingNode> steps, Func<YamlMappingNode, bool> match)
    {
        var index = steps.FindIndex(s => match(s));
        Assert.True(index >= 0, "a step is missing.");
        return index;
    }

    private static string Uses(YamlMappingNode step) => Scalar(step, "uses");

    private static string Run(YamlMappingNode step) => Scalar(step, "run");

    private static string Scalar(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value ?? string.Empty : string.Empty;

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, ".github", "workflows", "ci.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)Assert.Single(yaml.Documents).RootNode;
    }
}
