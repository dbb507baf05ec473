using PaperArchive.Diagnostics;
using PaperArchive.Rendering;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Rendering;

/// <summary>The warm-up only helps if its made-up site reaches every layout of the shipped templates without an error.</summary>
public sealed class TemplateWarmUpTests
{
    [Fact]
    public void The_warm_up_renders_every_layout_of_the_shipped_templates()
    {
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Compile(RepoPaths.ShippedTemplates, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(Layouts.All.Count, TemplateWarmUp.Run(templates));
    }
}
