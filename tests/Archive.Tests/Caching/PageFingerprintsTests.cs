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

    private static readonly PaperPageSource Source = PaperPageSource.Of(Site, Site.Papers.First(p => Site.Content.Related.For(p).Count > 0));


    [Fact]
    public void The_fingerprint_covers_every_property_of_a_paper_page_source()
    {
        // A property added to PaperPageSource must be added to PageFingerprints.Of too, then here.
        Assert.Equal(["Paper", "Related", "Sources", "Summary"], typeof(PaperPageSource).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_source_gives_the_same_fingerprint_in_another_build()
    {
        Assert.Equal(Of(Source), Of(PaperPageSource.Of(SiteModelBuilder.Build(BuiltSites.ShippedContent), Source.Paper)));
    }

    [Fact]
    public void A_change_to_the_paper_its_summary_its_sources_or_a_related_paper_changes_the_fingerprint()
    {
        var changed = new[]
        {
            Source with { Paper = Source.Paper with { Abstract = Source.Paper.Abstract + " More." } },
            Source with { Paper = Source.Paper with { Upvotes = (Source.Paper.Upvotes ?? 0) + 1 } },
            Source with { Summary = Source.Summary with { Themes = [] } },
            Source with { Sources = [.. Source.Sources, new SourceView("Another listing", "another.txt", 3, null)] },
            Source with { Related = [Source.Related[0] with { Title = "A Related Paper Renamed" }, .. Source.Related.Skip(1)] },
            Source with { Related = Source.Related.Skip(1).ToList() },
        };

        var fingerprints = changed.Select(Of).Append(Of(Source)).ToList();

        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Another_site_title_or_template_folder_changes_every_fingerprint()
    {
        var retitled = new PageFingerprints(default, Site.Info with { Title = "Another Archive" }, Layouts.Paper);
        var otherTemplates = new PageFingerprints(UInt128.One, Site.Info, Layouts.Paper);

        Assert.NotEqual(Of(Source), retitled.Of(Source));
        Assert.NotEqual(Of(Source), otherTemplates.Of(Source));
    }

    private static UInt128 Of(PaperPageSource source) => new PageFingerprints(default, Site.Info, Layouts.Paper).Of(source);
}
