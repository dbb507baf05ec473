using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Site;

/// <summary>One build of the shipped input, shared by every <c>ShippedSite…Tests</c> class (one per page kind).</summary>
public sealed class ShippedSiteFixture : IDisposable
{
    public SiteBuild Build { get; } = new(RepoPaths.ShippedInput);

    /// <summary>Each paper's own page (not the paginated list of all papers).</summary>
    public IEnumerable<string> PaperPages => Build.HtmlFiles()
        .Where(f => f.StartsWith("papers/", StringComparison.Ordinal) && !f.StartsWith("papers/page/", StringComparison.Ordinal) && f != "papers/index.html");

    /// <summary>Every link and asset of <paramref name="file"/>, as files of the site.</summary>
    public IEnumerable<string> InternalLinks(string file) =>
        Build.Page(file).QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Select(href => SiteBuild.Resolve(file, href))
            .OfType<string>();

    public void Dispose() => Build.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ShippedSiteCollection : ICollectionFixture<ShippedSiteFixture>
{
    public const string Name = "Shipped site";
}
