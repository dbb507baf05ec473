using System.Security.Cryptography;
using System.Text;
using PaperArchive.Cli.Bench;
using PaperArchive.Diagnostics;
using PaperArchive.Input;
using PaperArchive.Site;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Classification;

/// <summary>
/// Pins every paper's themes and related papers, as one hash, for the shipped archive and for the benchmark's
/// 10,000-paper archive: the classification stages were made faster (issue 7) and must give exactly what the
/// plain code gave. A change of these hashes is a change of what readers see; explain it before updating them.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ClassificationPinTests
{
    [Fact]
    public void The_shipped_archive_keeps_its_themes_and_related_papers()
    {
        var content = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = RepoPaths.ShippedInput }, new DiagnosticBag());

        Assert.Equal("51d2e5068849", Fingerprint(content));
    }

    [Fact]
    public void The_benchmark_archive_of_10000_papers_keeps_its_themes_and_related_papers()
    {
        using var folder = new TempFolder();
        var vocabulary = BenchVocabulary.Harvest(SyntheticInput.ListingsDirectory(RepoPaths.ShippedInput));
        var themes = SyntheticInput.ThemesBlockOf(Path.Combine(RepoPaths.ShippedInput, InputLoader.ConfigFileName));
        SyntheticInput.Write(SyntheticArchivePlanner.Plan(10_000, BenchSettings.DefaultSeed, vocabulary), vocabulary, themes, folder.Path);

        var content = ArchiveBuilder.LoadContent(BuildOptions.Default with { InputDirectory = folder.Path }, new DiagnosticBag());

        Assert.Equal(10_000, content.Catalog.Papers.Count);
        Assert.Equal("4885f9550882", Fingerprint(content));
    }

    /// <summary>Each paper's slug, theme slugs and related slugs (in order), one line per paper in catalog order,
    /// then every theme's paper list: the first 12 hex of their SHA-256.</summary>
    private static string Fingerprint(SiteContent content)
    {
        var text = new StringBuilder();
        foreach (var paper in content.Catalog.Papers)
        {
            text.Append(paper.Slug).Append(" | ").AppendJoin(' ', paper.Themes).Append(" | ")
                .AppendJoin(' ', content.Related.For(paper).Select(p => p.Slug)).Append('\n');
        }

        foreach (var theme in content.Themes)
        {
            text.Append(theme.Slug).Append(": ").AppendJoin(' ', theme.Papers.Select(p => p.Slug)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
