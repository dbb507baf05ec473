using System.Text;
using System.Text.Json;
using PaperArchive.Output;
using PaperArchive.Search;
using PaperArchive.Search.Client;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Search;

[Trait("Category", "Slow")]
public sealed class SearchIndexBuilderTests
{
    private static readonly Lazy<IReadOnlyList<OutputFile>> ShippedIndex = new(() => SearchIndexBuilder.Build(BuiltSites.ShippedContent).ToList());

    [Fact]
    public void Every_file_lies_under_the_search_index_folder_and_is_valid_json()
    {
        Assert.All(ShippedIndex.Value, file =>
        {
            Assert.StartsWith(SiteUrls.SearchIndex, file.Path);
            using var json = JsonDocument.Parse(file.Content);
        });
    }

    [Fact]
    public void No_term_shard_is_larger_than_the_bound()
    {
        var shards = ShippedIndex.Value.Where(f => f.Path.Contains("/w/") || f.Path.Contains("/p/")).ToList();
        Assert.True(shards.Count > 1, "the shipped index should need several shards");
        Assert.All(shards, f => Assert.True(f.Content.Length <= SearchIndexLayout.ShardLimit, $"{f.Path}: {f.Content.Length} bytes"));
    }

    [Fact]
    public void Every_term_is_found_through_the_shard_lookup_with_all_its_papers()
    {
        using var folder = Written(ShippedIndex.Value);
        var replay = new IndexReplay(folder.Combine(SiteUrls.SearchIndex));
        var corpus = SearchCorpus.From(BuiltSites.ShippedContent.Catalog, BuiltSites.ShippedContent.Themes);
        var (words, _) = TermCollector.Collect(corpus.Documents);
        Assert.All(words, term => Assert.Equal(term.Postings.Select(p => p.Doc), replay.DocumentsOf(term.Term).Order()));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var again = SearchIndexBuilder.Build(BuiltSites.ShippedContent).ToList();
        Assert.Equal(ShippedIndex.Value.Select(f => f.Path), again.Select(f => f.Path));
        Assert.All(ShippedIndex.Value.Zip(again), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void Hidden_papers_are_not_indexed()
    {
        var content = BuiltSites.ShippedContent;
        var hidden = content.Catalog.Papers[0];
        var papers = content.Catalog.Papers.Select(p => p == hidden ? p with { Hidden = true } : p).ToList();
        var withHidden = new SiteContent(content.Config, content.Catalog.WithPapers(papers), content.Themes, content.Related);
        var files = SearchIndexBuilder.Build(withHidden).ToList();
        var manifest = JsonDocument.Parse(files.Single(f => f.Path.EndsWith(SearchIndexLayout.Manifest)).Content).RootElement;
        Assert.Equal(content.Catalog.Papers.Count - 1, manifest.GetProperty("n").GetInt32());
        Assert.DoesNotContain(files, f => f.Path.Contains("/m/") && Encoding.UTF8.GetString(f.Content).Contains($"\"{hidden.Slug}\""));
    }

    [Fact]
    public void Hostile_text_becomes_inert_json()
    {
        var files = SearchIndexBuilder.Build(BuiltSites.HostileContent).ToList();
        var chunks = string.Concat(files.Where(f => f.Path.Contains("/m/")).Select(f => Encoding.UTF8.GetString(f.Content)));
        Assert.All(files, f => JsonDocument.Parse(f.Content).Dispose());
        Assert.DoesNotContain("<", chunks);
        Assert.DoesNotContain(">", chunks);
        Assert.Contains("\\u003Cscript\\u003E", chunks);

        // Read back, the text is exactly the title, not a mangled copy.
        var titles = files.Where(f => f.Path.Contains("/m/"))
            .SelectMany(f => JsonDocument.Parse(f.Content).RootElement.EnumerateArray().Select(row => row[1].GetString()));
        Assert.Contains(titles, t => t!.StartsWith("<script>window.__pwned = 1</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_first_query_downloads_less_than_100_kilobytes_and_a_further_query_less_than_50()
    {
        using var folder = Written(ShippedIndex.Value);
        var figures = SearchIndexStats.Measure(folder.Path, "alignment", "reward models");
        Assert.Equal(ShippedIndex.Value.Count, figures.IndexFiles);
        Assert.Equal(ShippedIndex.Value.Sum(f => (long)f.Content.Length), figures.IndexBytes);
        Assert.InRange(figures.FirstQueryBytes, 1, 100_000);
        Assert.InRange(figures.NextQueryBytes, 1, 50_000);
    }

    [Fact]
    public void A_first_query_pays_for_every_module_of_the_search_page()
    {
        using var folder = Written(ShippedIndex.Value);
        var without = SearchIndexStats.Measure(folder.Path, "alignment", "reward models").FirstQueryBytes;
        folder.Write("assets/js/search/page.0000abcd.js", new string('p', 300));
        folder.Write("assets/js/search/text.0000abcd.js", new string('t', 200));
        folder.Write("assets/js/shortcut.0000abcd.js", new string('s', 100));

        Assert.Equal(without + 500, SearchIndexStats.Measure(folder.Path, "alignment", "reward models").FirstQueryBytes);
    }

    [Fact]
    public void A_prefix_finds_the_papers_of_every_word_it_starts()
    {
        using var folder = Written(ShippedIndex.Value);
        var replay = new IndexReplay(folder.Combine(SiteUrls.SearchIndex));
        var (matches, slugs) = replay.Search("interpret");
        var expected = BuiltSites.ShippedContent.VisiblePapers
            .Where(p => SearchTokenizer.Terms(p.Title + " " + p.Abstract).Any(t => t.StartsWith("interpret", StringComparison.Ordinal)))
            .Select(p => p.Slug).Order(StringComparer.Ordinal);
        Assert.True(matches.Count > 1);
        Assert.Equal(expected, matches.Select(m => Slug(m)).Order(StringComparer.Ordinal));
        Assert.Equal(Math.Min(10, matches.Count), slugs.Count);
    }

    [Fact]
    public void A_quoted_phrase_matches_only_papers_with_the_words_side_by_side()
    {
        using var folder = Written(ShippedIndex.Value);
        var replay = new IndexReplay(folder.Combine(SiteUrls.SearchIndex));
        var words = replay.Search("reward hacking").Matches.Count;
        var phrase = replay.Search("\"reward hacking\"").Matches;
        var expected = BuiltSites.ShippedContent.VisiblePapers.Count(p =>
            string.Join(' ', SearchTokenizer.Terms(p.Title)).Contains("reward hack", StringComparison.Ordinal)
            || string.Join(' ', SearchTokenizer.Terms(p.Abstract ?? string.Empty)).Contains("reward hack", StringComparison.Ordinal));
        Assert.True(phrase.Count > 0 && phrase.Count <= words);
        Assert.Equal(expected, phrase.Count);
    }

    [Theory]
    [InlineData("alignment")]
    [InlineData("reward")]
    public void Papers_with_the_word_in_their_title_rank_above_papers_with_it_in_the_abstract_only(string word)
    {
        using var folder = Written(ShippedIndex.Value);
        var matches = new IndexReplay(folder.Combine(SiteUrls.SearchIndex)).Search(word).Matches;
        var documents = SearchCorpus.From(BuiltSites.ShippedContent.Catalog, BuiltSites.ShippedContent.Themes).Documents;
        var inTitle = matches.Select(d => SearchTokenizer.Terms(documents[d].Title).Any(t => t.StartsWith(SearchTokenizer.Stem(word), StringComparison.Ordinal))).ToList();
        Assert.Contains(true, inTitle);
        Assert.Contains(false, inTitle);
        Assert.Equal(inTitle.OrderByDescending(x => x), inTitle);
    }

    private static string Slug(int doc) => SearchCorpus.From(BuiltSites.ShippedContent.Catalog, BuiltSites.ShippedContent.Themes).Documents[doc].Slug;

    private static TempFolder Written(IEnumerable<OutputFile> files)
    {
        var folder = new TempFolder();
        foreach (var file in files)
        {
            var path = folder.Combine(file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return folder;
    }
}
