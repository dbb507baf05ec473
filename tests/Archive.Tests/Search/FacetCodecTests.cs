using PaperArchive.Search;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

public sealed class FacetCodecTests
{
    [Fact]
    public void Facet_groups_read_back_as_written()
    {
        var corpus = SearchCorpus.From(BuiltSites.ShippedContent.Catalog, BuiltSites.ShippedContent.Themes);
        Assert.Equal(corpus.Groups, FacetCodec.ReadGroups(FacetCodec.Groups(corpus.Groups)));
    }

    [Fact]
    public void Every_paper_number_falls_in_a_group_with_its_own_year_and_themes()
    {
        var content = SyntheticContent.Create(BuiltSites.ShippedContent, 1_000);
        var corpus = SearchCorpus.From(content.Catalog, content.Themes);
        Assert.Equal(2, corpus.Segments.Count);
        Assert.Equal(corpus.Documents.Count, corpus.Groups.Sum(g => g.Count));
        var doc = 0;
        foreach (var group in corpus.Groups)
        {
            for (var i = 0; i < group.Count; i++, doc++)
            {
                var paper = corpus.Documents[doc];
                Assert.Equal(SearchCorpus.YearOf(paper), corpus.Years[group.Year]);
                var themes = content.Themes.Select((t, index) => (t, index)).Where(x => x.t.Papers.Contains(paper)).Select(x => x.index);
                Assert.Equal(themes, corpus.ThemeSets[group.ThemeSet]);
            }
        }
    }

    [Fact]
    public void Theme_sets_are_bitmasks_of_six_themes_a_character()
    {
        Assert.Equal("12", FacetCodec.ThemeSets([[0, 7]], 8));
        Assert.Equal("_", FacetCodec.ThemeSets([[0, 1, 2, 3, 4, 5]], 6));
    }
}
