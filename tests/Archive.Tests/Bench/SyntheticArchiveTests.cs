using System.Text.RegularExpressions;
using PaperArchive.Cli.Bench;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Bench;

public sealed partial class SyntheticArchiveTests
{
    private const int Size = 700;

    private static readonly Lazy<Generated> Archive = new(() => Generate(Size, BenchSettings.DefaultSeed));

    [Fact]
    public void The_same_seed_writes_byte_identical_files()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        Write(Size, BenchSettings.DefaultSeed, first.Path);
        Write(Size, BenchSettings.DefaultSeed, second.Path);

        var files = Files(first.Path);
        Assert.Equal(files.Keys, Files(second.Path).Keys);
        Assert.All(files, file => Assert.Equal(file.Value, Files(second.Path)[file.Key]));
    }

    [Fact]
    public void Another_seed_writes_other_papers()
    {
        using var folder = new TempFolder();
        Write(Size, BenchSettings.DefaultSeed + 1, folder.Path);

        var titles = Archive.Value.Content.Catalog.Papers.Select(p => p.Title).ToHashSet();
        var other = Load(folder.Path).Content.Catalog.Papers.Select(p => p.Title);
        Assert.DoesNotContain(other, titles.Contains);
    }

    [Fact]
    public void The_real_parser_reads_exactly_the_planned_papers_without_any_diagnostic()
    {
        var (content, diagnostics) = (Archive.Value.Content, Archive.Value.Diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(Size, content.Catalog.Papers.Count);
        Assert.Equal(Archive.Value.Plan.Entries, content.Catalog.Listings.Sum(l => l.Entries.Count));
    }

    [Fact]
    public void Both_listing_forms_are_written_and_recognised()
    {
        var formats = Archive.Value.Content.Catalog.Listings.Select(l => l.Format).Distinct().Order();

        Assert.Equal([ListingFormat.DailyPapersPage, ListingFormat.CompactText], formats);
        var compact = Archive.Value.Plan.Listings.First(l => l.Format == ListingFormat.CompactText);
        var text = SyntheticListingText.Write(compact, BenchVocabulary.BuiltIn);
        Assert.StartsWith("Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe" + compact.Papers[0].Title + "\n", text);
    }

    [Fact]
    public void About_one_paper_in_ten_is_shown_by_several_listings_and_merges_into_one()
    {
        var papers = Archive.Value.Content.Catalog.Papers;
        var repeated = papers.Count(p => p.Sources.Count > 1);

        Assert.InRange(repeated, Size / 20, Size / 5);
        Assert.All(papers.Where(p => p.Sources.Count > 1), p => Assert.Equal(p.Sources.Count, p.Sources.Select(s => s.File).Distinct().Count()));
    }

    [Fact]
    public void Publication_dates_read_back_as_planned_whether_or_not_the_year_is_written()
    {
        var planned = Archive.Value.Plan.Listings.SelectMany(l => l.Papers).DistinctBy(p => p.Number).ToDictionary(p => p.Title, p => p.Published);
        var dated = Archive.Value.Content.Catalog.Papers.Where(p => p.Published is not null).ToList();

        Assert.NotEmpty(dated);
        Assert.All(dated, p => Assert.Equal(planned[p.Title], p.Published));
        var dateLines = Archive.Value.Files.Values.SelectMany(text => text.Split('\n')).Where(l => DateLine().IsMatch(l)).ToList();
        Assert.Contains(dateLines, l => l.Contains(','));
        Assert.Contains(dateLines, l => !l.Contains(','));
    }

    [Fact]
    public void Titles_and_abstracts_are_as_long_as_real_ones()
    {
        var papers = Archive.Value.Content.Catalog.Papers;

        Assert.InRange(papers.Average(p => p.Title.Split(' ').Length), 8, 12);
        Assert.All(papers, p => Assert.InRange(p.Abstract!.Split(' ').Length, 150, 250));
    }

    [Fact]
    public void Listings_are_named_by_their_capture_date_and_spread_over_2015_to_2025()
    {
        var listings = Archive.Value.Content.Catalog.Listings;

        Assert.All(listings, l => Assert.StartsWith(l.Captured.ToString("yyyy-MM-dd"), l.File));
        Assert.Equal(2015, listings.Min(l => l.Captured.Year));
        Assert.Equal(2025, listings.Max(l => l.Captured.Year));
        Assert.Contains(Archive.Value.Content.Catalog.Papers, p => p.Organization is not null);
        Assert.Contains(Archive.Value.Content.Catalog.Papers, p => p.Upvotes > 0);
    }

    [Fact]
    public void The_added_listing_brings_fifty_new_papers()
    {
        using var folder = new TempFolder();
        var plan = Write(Size, BenchSettings.DefaultSeed, folder.Path);
        SyntheticInput.WriteListing(plan.Addition, BenchVocabulary.BuiltIn, folder.Path);

        var (content, diagnostics) = Load(folder.Path);
        Assert.False(diagnostics.HasErrors);
        Assert.Equal(Size + SyntheticArchivePlanner.AdditionSize, content.Catalog.Papers.Count);
    }

    [Theory]
    [InlineData(BenchSettings.DefaultSeed)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_relisting_brings_new_papers_and_known_ones_that_gain_a_source_and_upvotes_without_a_warning(int seed)
    {
        using var folder = new TempFolder();
        var plan = Write(Size, seed, folder.Path);
        var before = Load(folder.Path).Content.Catalog.Papers.ToDictionary(p => p.Id);
        SyntheticInput.WriteListing(plan.Addition, BenchVocabulary.BuiltIn, folder.Path);
        SyntheticInput.WriteListing(plan.Relisting, BenchVocabulary.BuiltIn, folder.Path);

        var (content, diagnostics) = Load(folder.Path);
        Assert.Empty(diagnostics.Sorted());
        var known = content.Catalog.Papers.Where(p => before.ContainsKey(p.Id) && p.Sources.Any(s => s.File == plan.Relisting.FileName)).ToList();
        Assert.Equal(SyntheticArchivePlanner.RelistedKnown, known.Count);
        Assert.All(known, p => Assert.True(p.Upvotes > (before[p.Id].Upvotes ?? -1) && p.Sources.Count > before[p.Id].Sources.Count));
        // Nothing the search index holds of them changes, so the bench's re-listing can keep the index's base.
        Assert.All(known, p => Assert.Equal(
            (before[p.Id].Title, before[p.Id].Abstract, before[p.Id].Added, before[p.Id].Published, string.Join("|", before[p.Id].AuthorNames)),
            (p.Title, p.Abstract, p.Added, p.Published, string.Join("|", p.AuthorNames))));
        Assert.Equal(Size + (2 * SyntheticArchivePlanner.AdditionSize) - SyntheticArchivePlanner.RelistedKnown, content.Catalog.Papers.Count);
    }

    [Fact]
    public void The_site_yml_carries_a_base_url_and_themes()
    {
        Assert.Equal(SyntheticInput.BaseUrl, Archive.Value.Content.Config.BaseUrl);
        Assert.NotEmpty(Archive.Value.Content.Config.Themes);
    }

    [Fact]
    public void The_themes_block_of_a_real_site_yml_is_copied_as_written()
    {
        using var folder = new TempFolder();
        var withThemes = folder.Write("a/site.yml", "title: A\nthemes:\n  - name: Agents\n    match: [agent]\n\n  # more\nfeeds:\n  items: 5\n");
        var without = folder.Write("b/site.yml", "title: B\n");

        Assert.Equal("themes:\n  - name: Agents\n    match: [agent]\n\n  # more\n", SyntheticInput.ThemesBlockOf(withThemes));
        Assert.Null(SyntheticInput.ThemesBlockOf(without));
    }

    [Fact]
    public void Words_are_harvested_from_the_shipped_listings()
    {
        var vocabulary = BenchVocabulary.Harvest(Path.Combine(RepoPaths.ShippedInput, "listings"));

        Assert.Contains("Alignment", vocabulary.TitleWords);
        Assert.Contains("alignment", vocabulary.AbstractWords);
        Assert.DoesNotContain(vocabulary.AbstractWords, w => w.Contains("http", StringComparison.Ordinal));
        Assert.Same(BenchVocabulary.BuiltIn, BenchVocabulary.Harvest(Path.Combine(RepoPaths.ShippedInput, "no-such-folder")));
    }

    private sealed record Generated(SyntheticArchive Plan, SiteContent Content, DiagnosticBag Diagnostics, Dictionary<string, string> Files);

    private static Generated Generate(int size, int seed)
    {
        var folder = new TempFolder();
        var plan = Write(size, seed, folder.Path);
        var (content, diagnostics) = Load(folder.Path);
        var files = Directory.GetFiles(Path.Combine(folder.Path, "listings")).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f));
        folder.Dispose();
        return new Generated(plan, content, diagnostics, files);
    }

    private static SyntheticArchive Write(int size, int seed, string folder)
    {
        var plan = SyntheticArchivePlanner.Plan(size, seed, BenchVocabulary.BuiltIn);
        SyntheticInput.Write(plan, BenchVocabulary.BuiltIn, null, folder);
        return plan;
    }

    private static (SiteContent Content, DiagnosticBag Diagnostics) Load(string folder)
    {
        var diagnostics = new DiagnosticBag();
        return (ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = folder }, diagnostics), diagnostics);
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [GeneratedRegex(@"^[A-Z][a-z]{2} \d{1,2}(, \d{4})?( \d+)?$")]
    private static partial Regex DateLine();
}
