using PaperArchive.Diagnostics;
using PaperArchive.Site;

namespace PaperArchive.Tests.Support;

/// <summary>The shipped and hostile inputs, loaded once per test run.</summary>
public static class BuiltSites
{
    private static readonly Lazy<SiteContent> Shipped = new(() => Load(RepoPaths.ShippedInput));
    private static readonly Lazy<SiteContent> Hostile = new(() => Load(HostileInput));

    public static string HostileInput => Path.Combine(RepoPaths.TestFiles, "Hostile", "input");

    public static SiteContent ShippedContent => Shipped.Value;

    public static SiteContent HostileContent => Hostile.Value;

    /// <summary>How many papers the shipped input holds: tests of the code compare with this, not with today's number,
    /// so that a curator who adds a listing breaks none of them (<c>CuratorData/</c> pins the numbers themselves).</summary>
    public static int ShippedPaperCount => ShippedContent.Catalog.Papers.Count;

    /// <summary>Builds <paramref name="input"/> with the shipped templates into <paramref name="output"/>; fails the test on errors.</summary>
    public static void Build(string input, string output)
    {
        var diagnostics = new DiagnosticBag();
        var result = ArchiveBuilder.Build(
            BuildOptions.Default with { InputDirectory = input, TemplateDirectory = RepoPaths.ShippedTemplates, OutputDirectory = output },
            diagnostics);
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
    }

    private static SiteContent Load(string input)
    {
        var diagnostics = new DiagnosticBag();
        return ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = input }, diagnostics);
    }
}
