using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>A real build of an input folder into a temporary output folder, with helpers to read its pages.</summary>
public sealed class SiteBuild : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new();

    public SiteBuild(string input, string? templates = null, string? baseUrl = null)
    {
        Output = _folder.Combine("output");
        Diagnostics = new DiagnosticBag();
        Result = ArchiveBuilder.Build(
            BuildOptions.Default with
            {
                InputDirectory = input,
                TemplateDirectory = templates ?? RepoPaths.ShippedTemplates,
                OutputDirectory = Output,
                BaseUrl = baseUrl,
            },
            Diagnostics);
    }

    public string Output { get; }

    public DiagnosticBag Diagnostics { get; }

    public BuildResult Result { get; }

    /// <summary>Every HTML file of the output, as paths relative to the output folder with '/'.</summary>
    public IReadOnlyList<string> HtmlFiles() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public string Text(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public IHtmlDocument Page(string relativePath) => Parser.ParseDocument(Text(relativePath));

    /// <summary>The output file a relative link on the page at <paramref name="page"/> leads to, or null for other hosts.</summary>
    public static string? Resolve(string page, string href)
    {
        if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith('#'))
        {
            return null;
        }

        var target = new Uri(new Uri("http://site/" + page), href.Split('#', '?')[0]).AbsolutePath.TrimStart('/');
        return target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
    }

    public void Dispose() => _folder.Dispose();
}
