using PaperArchive.Diagnostics;
using PaperArchive.Listings;

namespace PaperArchive.Cli.Bench;

/// <summary>
/// The words synthetic titles and abstracts are drawn from. Harvested from real listings when there are some, so
/// that word lengths and frequencies (and therefore index sizes) resemble the real archive; a token appears as
/// often as it was seen, so drawing uniformly reproduces the real frequencies.
/// </summary>
internal sealed class BenchVocabulary
{
    private BenchVocabulary(IReadOnlyList<string> titleWords, IReadOnlyList<string> abstractWords)
    {
        TitleWords = titleWords;
        AbstractWords = abstractWords;
    }

    public IReadOnlyList<string> TitleWords { get; }

    public IReadOnlyList<string> AbstractWords { get; }

    /// <summary>A small machine-learning vocabulary, used when no real listings are at hand.</summary>
    public static BenchVocabulary BuiltIn { get; } = FromBuiltIn();

    /// <summary>Words of every listing under <paramref name="listingsDirectory"/>, read with the real parser; the
    /// built-in vocabulary when the folder is missing or yields too few words.</summary>
    public static BenchVocabulary Harvest(string listingsDirectory)
    {
        if (!Directory.Exists(listingsDirectory))
        {
            return BuiltIn;
        }

        var titles = new List<string>();
        var abstracts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(listingsDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var raw = new RawListing(Path.GetFileName(file), File.ReadAllBytes(file));
            var listing = ListingParser.Default.Parse(raw, null, new DiagnosticBag());
            foreach (var entry in listing?.Entries ?? [])
            {
                titles.AddRange(Words(entry.Title));
                abstracts.AddRange(Words(entry.Abstract ?? string.Empty));
            }
        }

        return titles.Count >= 100 && abstracts.Count >= 1000 ? new BenchVocabulary(titles, abstracts) : BuiltIn;
    }

    /// <summary>Words of <paramref name="text"/> without surrounding punctuation, case kept; URLs and numbers with
    /// symbols are dropped so that generated text stays plain prose.</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '“', '”', '‘', '’');
            if (word.Length > 0 && word.Length <= 24 && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '\''))
            {
                yield return word;
            }
        }
    }

    /// <summary>The most frequent long abstract words, for search queries that hit many papers.</summary>
    public IReadOnlyList<string> FrequentWords(int count) =>
        AbstractWords
            .Where(w => w.Length >= 7 && w.All(char.IsAsciiLetterLower))
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(g => g.Key)
            .ToList();

    private static BenchVocabulary FromBuiltIn()
    {
        var words = BuiltInText.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var titleWords = words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Concat(["for", "of", "with", "and", "in", "via"]).ToList();
        var abstractWords = words.Concat(CommonWords.Split(' ')).Concat(CommonWords.Split(' ')).ToList();
        return new BenchVocabulary(titleWords, abstractWords);
    }

    private const string CommonWords = "the of and to a in we that is for with on this our are by as from which can be it an these";

    private const string BuiltInText = """
        language model models learning large reinforcement human feedback preference alignment values reward policy
        agents agent reasoning training fine-tuning pretraining dataset benchmark evaluation performance method approach
        neural network networks transformer attention diffusion generation image video text vision multimodal
        interpretability explanations explainable robustness safety adversarial optimization gradient loss objective
        representation representations embedding embeddings retrieval augmented knowledge graph graphs tasks task
        supervised unsupervised self-supervised contrastive classification detection segmentation prediction inference
        scaling efficient efficiency memory compute parameters tokens token decoding sampling generative latent
        distribution uncertainty calibration bias fairness societal ethical moral pluralistic annotators judgments
        instruction instructions prompts prompting chain-of-thought in-context zero-shot few-shot transfer domain
        adaptation generalization theoretical empirical analysis framework architecture layers heads circuits features
        mechanistic probing causal counterfactual intervention steering activation sparse autoencoders concepts
        bottleneck decisions humans users interactive dialogue conversational assistant assistants helpful harmless
        honest constitutional critique revision iterative online offline direct ranking pairwise comparisons
        state-of-the-art results experiments demonstrate propose introduce novel significantly outperforms baselines
        existing prior work challenges limitations future directions open-source code release released available
        speech audio music robotics control planning navigation embodied environment environments simulation
        mathematical math code programming software synthesis verification proofs theorem search exploration
        """;
}
