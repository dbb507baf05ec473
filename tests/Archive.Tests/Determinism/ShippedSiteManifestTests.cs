using System.Security.Cryptography;
using System.Text;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Determinism;

/// <summary>
/// The whole site built from the shipped input and theme, pinned as a manifest: every output path with the SHA-256 of
/// its bytes (the format of <c>sha256sum</c>, sorted by path). Any change to the output, meant or not, shows up as a
/// diff of <c>TestFiles/ShippedSite/manifest.sha256</c>; accept a meant one with <c>UPDATE_GOLDEN=1</c> and review it.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ShippedSiteManifestTests
{
    private const string Golden = "ShippedSite/manifest.sha256";

    [Fact]
    public void A_build_of_the_shipped_input_gives_the_site_of_the_golden_manifest()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("output");

        BuiltSites.Build(RepoPaths.ShippedInput, output);

        GoldenFile.AssertMatches(Golden, Manifest(output));
    }

    [Fact]
    public void A_rebuild_that_keeps_files_from_the_build_cache_gives_the_same_site()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("output");
        BuiltSites.Build(RepoPaths.ShippedInput, output);

        BuiltSites.Build(RepoPaths.ShippedInput, output);

        GoldenFile.AssertMatches(Golden, Manifest(output));
    }

    private static string Manifest(string root)
    {
        var lines = new StringBuilder();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            var digest = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, path))));
            lines.Append(digest).Append("  ").Append(path).Append('\n');
        }

        return lines.ToString();
    }
}
