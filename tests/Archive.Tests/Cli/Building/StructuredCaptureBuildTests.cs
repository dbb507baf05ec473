using System.Net;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Cli.Building;

/// <summary>A site built from an input folder holding one real capture of each structured form (a GitHub digest, a
/// saved HTML page, the papers API's JSON and an arXiv listing), as a curator would drop them into input/listings/.</summary>
public sealed class StructuredCaptureBuildTests
{
    private static readonly string[] Captures =
    [
        "GitHubDigest/trending-three-papers.md",
        "SavedHtml/daily-2024-08-01.html",
        "PapersApi/2024-10-25-daily-papers-excerpt.json",
        "ArxivListing/cs-ai-recent.md",
    ];

    [Fact]
    public void Every_paper_of_every_structured_capture_gets_its_page_showing_only_what_the_capture_showed()
    {
        using var temp = new TempFolder();
        var input = temp.Combine("input");
        File.Copy(Path.Combine(RepoPaths.ShippedInput, "site.yml"), temp.Write("input/site.yml", string.Empty), overwrite: true);
        foreach (var capture in Captures)
        {
            File.Copy(Path.Combine(RepoPaths.TestFiles, "Listings", capture), temp.Write(Path.Combine("input", "listings", Path.GetFileName(capture)), string.Empty), overwrite: true);
        }

        var diagnostics = new DiagnosticBag();
        var result = ArchiveBuilder.Build(
            BuildOptions.Default with { InputDirectory = input, TemplateDirectory = RepoPaths.ShippedTemplates, OutputDirectory = temp.Combine("output") },
            diagnostics);

        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Sorted()));
        var papers = result.Catalog!.Papers;
        Assert.Equal(3 + 13 + 3 + 50, papers.Count);
        foreach (var paper in papers)
        {
            var page = File.ReadAllText(temp.Combine("output", "papers", paper.Slug, "index.html"));
            Assert.Contains(WebUtility.HtmlEncode(paper.Title), page);
            Assert.Equal(paper.Abstract is null, page.Contains("The abstract of this paper is not known yet.", StringComparison.Ordinal));
            Assert.Equal(paper.Upvotes is { } upvotes ? $"<li class=\"upvotes\"><span aria-hidden=\"true\">▲</span> {upvotes} upvotes</li>" : null,
                page.Split('\n').SingleOrDefault(line => line.StartsWith("<li class=\"upvotes\">", StringComparison.Ordinal)));
        }

        var arxivOnly = papers.Single(p => p.ArxivId == "2510.08564");
        Assert.Equal((null, null, new DateOnly(2025, 10, 10)), (arxivOnly.Abstract, arxivOnly.Upvotes, arxivOnly.Published));
        Assert.Equal(["Zhen Zhu", "Yiming Gong", "Yao Xiao", "Yaoyao Liu", "Derek Hoiem"], arxivOnly.AuthorNames);
    }
}
