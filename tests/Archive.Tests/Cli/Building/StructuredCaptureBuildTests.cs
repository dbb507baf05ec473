using System.Net;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Cli.Building;

/// <summary>A site built from an input folder holding one real capture of each structured form (a GitHub digest, a
/// saved HTML page, the papers API's JSON and an arXiv listing), as a curator would drop them into input/listings/.</summary>
public sealed class StructuredCaptureBuildTests
{
    [Fact]
    public void Every_paper_of_every_structured_capture_gets_its_page_showing_only_what_the_capture_showed()
    {
        using var temp = new TempFolder();
        var input = CapturedForms.AssembleInput(temp);

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
