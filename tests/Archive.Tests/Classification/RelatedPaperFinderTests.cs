using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Diagnostics;
using PaperArchive.Tests.Support;
using static PaperArchive.Tests.Classification.TestPapers;

namespace PaperArchive.Tests.Classification;

public sealed class RelatedPaperFinderTests
{
    private static readonly Paper[] Corpus =
    [
        Paper("rlhf-survey", "A survey of reinforcement learning from human feedback",
            "Reward models trained on human preference comparisons guide policy optimisation of language models."),
        Paper("reward-overoptimization", "Reward model overoptimization in RLHF",
            "Optimising a policy against a learned reward model of human preferences eventually lowers true quality."),
        Paper("protein-folding", "Protein structure prediction with transformers",
            "We predict protein folding and residue contacts from amino acid sequences."),
        Paper("protein-fitness", "Protein fitness prediction with retrieval",
            "Amino acid sequences and homologous protein families predict the fitness of protein variants."),
        Paper("saliency", "Saliency maps for image classifiers",
            "Gradient saliency highlights the pixels that drive an image classifier's decision."),
        Paper("grad-cam", "Grad-CAM visual explanations for image classifiers",
            "Class activation maps from gradients localise the image regions behind a classifier's decision."),
        Paper("chess", "Chess engines and opening books",
            "Modelling grandmaster chess openings."),
    ];

    private static IReadOnlyList<string> RelatedSlugs(PaperCatalog catalog, string slug) =>
        RelatedPaperFinder.Find(catalog).For(catalog.FindBySlug(slug)!).Select(p => p.Slug).ToList();

    [Theory]
    [InlineData("rlhf-survey", "reward-overoptimization")]
    [InlineData("reward-overoptimization", "rlhf-survey")]
    [InlineData("protein-folding", "protein-fitness")]
    [InlineData("saliency", "grad-cam")]
    public void The_most_related_paper_is_the_one_on_the_same_subject(string slug, string expected)
    {
        Assert.Equal(expected, RelatedSlugs(CatalogOf(Corpus), slug)[0]);
    }

    /// <summary>The finder scores through an inverted index with shortcuts; this scores every pair of shipped papers
    /// the plain way, from the same vectors and the same posting lists, and must find the same five.</summary>
    [Fact]
    public void On_the_shipped_papers_the_related_lists_are_the_five_best_of_every_pair_scored_plainly()
    {
        var catalog = BuiltSites.ShippedContent.Catalog;
        var papers = catalog.Papers;
        var vectors = TermVectors.Build(PaperWords.Read(papers), RelatedPaperFinder.TermsPerPaper);

        // Per term, the visible papers that weigh it most (heaviest first, then catalog order), cut at the limit.
        var posted = Enumerable.Range(0, vectors.TermCount).Select(_ => new List<(int Paper, float Weight)>()).ToArray();
        for (var i = 0; i < papers.Count; i++)
        {
            foreach (var term in papers[i].Hidden ? [] : vectors.Vectors[i])
            {
                posted[term.Term].Add((i, term.Weight));
            }
        }

        var inPosting = posted
            .Select(list => list.OrderByDescending(p => p.Weight).ThenBy(p => p.Paper).Take(RelatedPaperFinder.PostingLimit)
                .ToDictionary(p => p.Paper, p => p.Weight))
            .ToArray();
        var found = RelatedPaperFinder.Find(catalog);
        var withFive = 0;
        for (var i = 0; i < papers.Count; i++)
        {
            if (papers[i].Hidden)
            {
                continue;
            }

            var expected = Enumerable.Range(0, papers.Count)
                .Where(j => j != i)
                .Select(j => (Paper: j, Score: vectors.Vectors[i].Aggregate(0.0, (sum, t) =>
                    inPosting[t.Term].TryGetValue(j, out var weight) ? sum + (double)t.Weight * weight : sum)))
                .Where(c => c.Score >= RelatedPaperFinder.MinimumSimilarity)
                .OrderByDescending(c => c.Score).ThenBy(c => c.Paper)
                .Take(RelatedPaperFinder.Count)
                .Select(c => papers[c.Paper].Slug);
            Assert.Equal(expected, found.For(papers[i]).Select(p => p.Slug));
            withFive += found.For(papers[i]).Count == RelatedPaperFinder.Count ? 1 : 0;
        }

        // Not a vacuous comparison: most shipped papers have five related papers.
        Assert.True(withFive > papers.Count / 2, $"only {withFive} papers have five related papers");
    }

    [Fact]
    public void A_paper_is_never_related_to_itself_and_has_at_most_five_related_papers()
    {
        var papers = Enumerable.Range(0, 12)
            .Select(i => Paper($"agents-{i:D2}", $"Language model agents, study {i}", "Agents plan with language models and tools."))
            .ToArray();
        var catalog = CatalogOf(papers);
        var related = RelatedPaperFinder.Find(catalog);

        Assert.All(catalog.Papers, p =>
        {
            var list = related.For(p);
            Assert.Equal(RelatedPaperFinder.Count, list.Count);
            Assert.DoesNotContain(p, list);
        });
    }

    [Fact]
    public void Equally_similar_papers_are_ordered_by_slug()
    {
        var catalog = CatalogOf(
            Paper("c-agents", "Tool agents", "Agents use tools."),
            Paper("a-agents", "Tool agents", "Agents use tools."),
            Paper("b-agents", "Tool agents", "Agents use tools."),
            Paper("z-query", "Tool agents", "Agents use tools."));

        Assert.Equal(["a-agents", "b-agents", "c-agents"], RelatedSlugs(catalog, "z-query"));
    }

    [Fact]
    public void The_same_catalog_gives_the_same_related_papers_every_time()
    {
        var catalog = CatalogOf(Corpus);
        var first = catalog.Papers.Select(p => string.Join(",", RelatedPaperFinder.Find(catalog).For(p).Select(r => r.Slug))).ToList();
        var second = catalog.Papers.Select(p => string.Join(",", RelatedPaperFinder.Find(catalog).For(p).Select(r => r.Slug))).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_paper_sharing_no_subject_with_the_others_has_no_related_papers()
    {
        Assert.Empty(RelatedSlugs(CatalogOf(Corpus), "chess"));
    }

    [Fact]
    public void Hidden_papers_never_appear_as_related()
    {
        var papers = Corpus.Select(p => p.Slug == "reward-overoptimization" ? p with { Hidden = true } : p).ToArray();

        var related = RelatedSlugs(CatalogOf(papers), "rlhf-survey");

        Assert.DoesNotContain("reward-overoptimization", related);
    }

    [Fact]
    public void The_words_classification_hands_on_give_the_same_related_papers_as_words_read_afresh()
    {
        var catalog = CatalogOf(Corpus);
        var classified = ThemeClassifier.Classify(catalog, [Theme("rlhf", "reward model*")], new DiagnosticBag());

        var fromClassifier = RelatedPaperFinder.Find(classified.Catalog, classified.Words);
        var afresh = RelatedPaperFinder.Find(catalog);

        Assert.All(catalog.Papers, p => Assert.Equal(
            afresh.For(p).Select(r => r.Slug), fromClassifier.For(classified.Catalog.FindBySlug(p.Slug)!).Select(r => r.Slug)));
    }

    [Fact]
    public void Words_read_from_another_catalog_are_refused()
    {
        var catalog = CatalogOf(Corpus);
        var words = PaperWords.Read(catalog.Papers.Take(2).ToList());

        Assert.Throws<ArgumentException>(() => RelatedPaperFinder.Find(catalog, words));
    }
}
