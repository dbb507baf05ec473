using PaperArchive.Caching;
using PaperArchive.Site;
using PaperArchive.Site.Pages;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Caching;

/// <summary>A paper page is kept from the last build when its fingerprint is unchanged, so everything the page is
/// made from must change the fingerprint.</summary>
public sealed class PageFingerprintsTests
{
    private static readonly SiteModel Site = SiteModelBuilder.Build(BuiltSites.ShippedContent);

    private static readonly PaperPageInputs Inputs = PaperPageInputs.Of(Site, Site.Papers.First(p => Site.Content.Related.For(p).Count > 0));


    [Fact]
    public void The_fingerprint_covers_every_property_of_a_paper_pages_inputs()
    {
        // A property added to PaperPageInputs must be added to PageFingerprints.Of too, then here.
        Assert.Equal(["Paper", "Related", "Sources", "Summary"], typeof(PaperPageInputs).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_inputs_give_the_same_fingerprint_in_another_build()
    {
        Assert.Equal(Of(Inputs), Of(PaperPageInputs.Of(SiteModelBuilder.Build(BuiltSites.ShippedContent), Inputs.Paper)));
    }

    [Fact]
    public void A_change_to_the_paper_its_summary_its_sources_or_a_related_paper_changes_the_fingerprint()
    {
        var changed = new[]
        {
            Inputs with { Paper = Inputs.Paper with { Abstract = Inputs.Paper.Abstract + " More." } },
            Inputs with { Paper = Inputs.Paper with { Upvotes = (Inputs.Paper.Upvotes ?? 0) + 1 } },
            Inputs with { Summary = Inputs.Summary with { Themes = [] } },
            Inputs with { Sources = [.. Inputs.Sources, new SourceLink("Another listing", "another.txt", 3, null)] },
            Inputs with { Related = [Inputs.Related[0] with { Title = "A Related Paper Renamed" }, .. Inputs.Related.Skip(1)] },
            Inputs with { Related = Inputs.Related.Skip(1).ToList() },
        };

        var fingerprints = changed.Select(Of).Append(Of(Inputs)).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void A_change_to_any_field_of_the_paper_its_sources_its_summary_or_a_related_summary_changes_the_fingerprint()
    {
        // Each variant changes one field (at any depth: the arXiv entry, a source, a theme chip), so a field that
        // PageInputFields leaves out shows here as a variant with the original's fingerprint. The paper gets an arXiv
        // entry, so that each of its fields is changed too.
        var inputs = Inputs with { Paper = Inputs.Paper with { Arxiv = Inputs.Paper.Arxiv ?? FieldChanges.ArxivSample } };
        var variants = FieldChanges.Of(inputs.Paper).Select(v => (v.Field, inputs with { Paper = (PaperArchive.Catalog.Paper)v.Changed }))
            .Concat(FieldChanges.Of(inputs.Summary).Select(v => (v.Field, inputs with { Summary = (PaperSummary)v.Changed })))
            .Concat(FieldChanges.Of(inputs.Related[0]).Select(v => (v.Field, inputs with { Related = [(PaperSummary)v.Changed, .. inputs.Related.Skip(1)] })))
            .Concat(FieldChanges.Of(inputs.Sources[0]).Select(v => (v.Field, inputs with { Sources = [(SourceLink)v.Changed, .. inputs.Sources.Skip(1)] })))
            .ToList();

        var original = Of(inputs);

        Assert.True(variants.Count > 50, $"only {variants.Count} variants");
        Assert.Empty(variants.Where(v => Of(v.Item2) == original).Select(v => v.Field));
    }

    [Fact]
    public void Another_site_title_or_template_folder_changes_every_fingerprint()
    {
        var retitled = new PageFingerprints(default, Site.Info with { Title = "Another Archive" }, Layouts.Paper);
        var otherTemplates = new PageFingerprints(UInt128.One, Site.Info, Layouts.Paper);

        Assert.NotEqual(Of(Inputs), retitled.Of(Inputs));
        Assert.NotEqual(Of(Inputs), otherTemplates.Of(Inputs));
    }

    [Fact]
    public void A_change_to_anything_a_list_page_shows_changes_its_fingerprint()
    {
        var list = (ListPage)SitePages.Enumerate(Site).First(p => p.Layout == Layouts.List).Model();
        var changed = new PageModel[]
        {
            list with { Papers = [list.Papers[0] with { Upvotes = (list.Papers[0].Upvotes ?? 0) + 1 }, .. list.Papers.Skip(1)] },
            list with { Papers = [list.Papers[0] with { Themes = [] }, .. list.Papers.Skip(1)] },
            list with { Papers = list.Papers.Skip(1).ToList() },
            list with { Papers = [.. list.Papers.Skip(1), list.Papers[0]] },
            list with { Total = (list.Total ?? 0) + 1 },
            list with { Head = list.Head with { Pagination = list.Pages with { Next = "papers/page/9/" } } },
            list with { Trail = [new LinkItem("Dates", "dates/", 0)] },
        };
        var fingerprints = new PageFingerprints(default, Site.Info, Layouts.Paper);

        var all = changed.Select(m => fingerprints.OfModel(Layouts.List, m)).Append(fingerprints.OfModel(Layouts.List, list)).ToList();

        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.NotEqual(fingerprints.OfModel(Layouts.List, list), fingerprints.OfModel(Layouts.Index, list));
    }

    [Fact]
    public void The_same_list_page_gives_the_same_fingerprint_in_another_build()
    {
        static UInt128 FirstList(SiteModel site) => new PageFingerprints(default, site.Info, Layouts.Paper)
            .OfModel(Layouts.List, SitePages.Enumerate(site).First(p => p.Layout == Layouts.List).Model());

        Assert.Equal(FirstList(Site), FirstList(SiteModelBuilder.Build(BuiltSites.ShippedContent)));
    }

    private static UInt128 Of(PaperPageInputs inputs) => new PageFingerprints(default, Site.Info, Layouts.Paper).Of(inputs);
}
