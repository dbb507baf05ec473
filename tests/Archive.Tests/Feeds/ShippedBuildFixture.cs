using PaperArchive.Diagnostics;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Feeds;

/// <summary>One real build of the shipped input and theme into a temp folder, shared by the tests that read its feeds.</summary>
public sealed class ShippedBuildFixture : IDisposable
{
    private readonly TempFolder _output = new();

    public ShippedBuildFixture()
    {
        var options = BuildOptions.Default with
        {
            InputDirectory = RepoPaths.ShippedInput,
            OutputDirectory = _output.Path,
            TemplateDirectory = RepoPaths.ShippedTemplates,
        };
        Diagnostics = new DiagnosticBag();
        Result = ArchiveBuilder.Build(options, Diagnostics);
        Content = ArchiveBuilder.LoadContent(options, new DiagnosticBag());
    }

    public BuildResult Result { get; }

    public DiagnosticBag Diagnostics { get; }

    public SiteContent Content { get; }

    /// <summary>Output-relative paths of every feed the site links: the archive's and each theme's, all three formats.</summary>
    public IEnumerable<string> FeedFolders() => [SiteUrls.Home, .. Content.Themes.Select(t => SiteUrls.Theme(t.Slug))];

    public string PathOf(string relative) => _output.Combine(relative.Split('/'));

    public void Dispose() => _output.Dispose();
}
