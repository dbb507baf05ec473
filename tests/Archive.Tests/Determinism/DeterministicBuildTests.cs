using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Determinism;

[Trait("Category", "Slow")]
public sealed class DeterministicBuildTests
{
    [Fact]
    public void Two_builds_of_the_shipped_input_are_byte_identical_also_on_a_single_core()
    {
        using var folder = new TempFolder();
        var many = folder.Combine("many-cores");
        var one = folder.Combine("one-core");

        var first = CliRunner.Run(RepoPaths.Root, "build", "--input", RepoPaths.ShippedInput, "--theme", RepoPaths.ShippedTemplates, "--output", many);
        var second = CliRunner.Run(RepoPaths.Root, new Dictionary<string, string?> { ["DOTNET_PROCESSOR_COUNT"] = "1" },
            "build", "--input", RepoPaths.ShippedInput, "--theme", RepoPaths.ShippedTemplates, "--output", one);

        Assert.True(first.ExitCode == 0, first.StandardError);
        Assert.True(second.ExitCode == 0, second.StandardError);
        var files = Files(many);
        Assert.NotEmpty(files);
        Assert.Equal(files, Files(one));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(many, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(one, file))),
            $"{file} differs between the two builds."));
    }

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
