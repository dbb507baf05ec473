using System.Text;
using PaperArchive.Input;

namespace PaperArchive.Cli.Bench;

/// <summary>Writes a planned archive as a real input folder: <c>site.yml</c> and <c>listings/*.txt</c>.</summary>
internal static class SyntheticInput
{
    public const string BaseUrl = "https://bench.example.org";

    /// <summary>Replaces <paramref name="inputDirectory"/> with the archive's listings (not the addition).</summary>
    public static void Write(SyntheticArchive archive, BenchVocabulary vocabulary, string? themesBlock, string inputDirectory)
    {
        if (Directory.Exists(inputDirectory))
        {
            Directory.Delete(inputDirectory, recursive: true);
        }

        Directory.CreateDirectory(ListingsDirectory(inputDirectory));
        File.WriteAllText(Path.Combine(inputDirectory, InputLoader.ConfigFileName), SiteYml(archive, themesBlock ?? BuiltInThemes));
        foreach (var listing in archive.Listings)
        {
            WriteListing(listing, vocabulary, inputDirectory);
        }
    }

    public static void WriteListing(SyntheticListing listing, BenchVocabulary vocabulary, string inputDirectory) =>
        File.WriteAllText(Path.Combine(ListingsDirectory(inputDirectory), listing.FileName), SyntheticListingText.Write(listing, vocabulary));

    public static string ListingsDirectory(string inputDirectory) => Path.Combine(inputDirectory, InputLoader.ListingsFolder);

    /// <summary>The <c>themes:</c> block of a real <c>site.yml</c> as written (up to the next top-level key), or
    /// null when it has none, so the synthetic site is classified like the real one.</summary>
    public static string? ThemesBlockOf(string siteYmlPath)
    {
        if (!File.Exists(siteYmlPath))
        {
            return null;
        }

        var lines = File.ReadAllLines(siteYmlPath);
        var start = Array.FindIndex(lines, l => l.StartsWith("themes:", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var block = new StringBuilder().Append(lines[start]).Append('\n');
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.Length == 0 || char.IsWhiteSpace(l[0]) || l[0] == '#'))
        {
            block.Append(line).Append('\n');
        }

        return block.ToString();
    }

    private static string SiteYml(SyntheticArchive archive, string themesBlock) =>
        $"""
        # Written by archive bench: a synthetic archive of {archive.Papers} papers (seed {archive.Seed}).
        title: Synthetic Paper Archive
        description: A synthetic archive for measuring how Paper Archive builds at scale.
        base_url: {BaseUrl}
        language: en
        author: archive bench

        feeds:
          items: 50

        """ + "\n" + themesBlock;

    private const string BuiltInThemes = """
        themes:
          - slug: alignment
            name: Alignment and values
            description: Aligning models with human values and preferences.
            match: [alignment, values, preference, preferences, reward model]
          - slug: human-feedback
            name: Learning from human feedback
            description: Reinforcement learning and fine-tuning from human judgments.
            match: [human feedback, RLHF, annotators, preference]
          - slug: interpretability
            name: Explaining model decisions
            description: Interpretability, explanations and mechanistic analysis.
            match: [interpretability, explanations, explainable, mechanistic, concepts]
          - slug: agents
            name: Agents and reasoning
            description: Models that plan, act and reason in several steps.
            match: [agent, agents, reasoning, planning, chain-of-thought]

        """;
}
