using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlebarsDotNet;
using Markdig;
using PaperArchive.Caching;
using PaperArchive.FileSystem;
using PaperArchive.Site;
using PaperArchive.Site.Pages;

namespace PaperArchive.Rendering;

/// <summary>
/// The <see cref="Fingerprint"/> of a page: the generator's code, the theme's files, the site-wide facts and the
/// page's own <see cref="PaperPageSource"/>. Two builds that give a page the same fingerprint give it the same bytes,
/// so a page whose fingerprint is unchanged need not be built again.
/// </summary>
public static class PageFingerprint
{
    /// <summary>What every page of one layout shares in a build: a new version of this program, of the libraries that
    /// render or of the .NET runtime, another theme, or other site-wide facts change it.</summary>
    public static UInt128 Context(UInt128 theme, SiteInfo site, string layout)
    {
        using var fingerprint = new Fingerprint().AddCodeOf(typeof(PageFingerprint), typeof(Handlebars), typeof(Markdown), typeof(JsonSerializer), typeof(object));
        return fingerprint.Add(theme)
            .Add(JsonSerializer.SerializeToUtf8Bytes(site, FingerprintJson.Default.SiteInfo))
            .Add(layout)
            .Value();
    }

    /// <param name="summaries">Digests of paper summaries already taken in this build: a summary shows on its own
    /// paper's page and on the pages of the papers it is related to, and is serialized only once.</param>
    public static UInt128 Of(UInt128 context, PaperPageSource source, ConcurrentDictionary<PaperSummary, UInt128> summaries)
    {
        // Every property of the source goes in (a test keeps this list complete).
        using var fingerprint = new Fingerprint();
        fingerprint.Add(context)
            .Add(JsonSerializer.SerializeToUtf8Bytes(source.Paper, FingerprintJson.Default.Paper))
            .Add(JsonSerializer.SerializeToUtf8Bytes(source.Sources, FingerprintJson.Default.IReadOnlyListSourceView))
            .Add(Digest(source.Summary, summaries))
            .Add(source.Related.Count);
        foreach (var related in source.Related)
        {
            fingerprint.Add(Digest(related, summaries));
        }

        return fingerprint.Value();
    }

    private static UInt128 Digest(PaperSummary summary, ConcurrentDictionary<PaperSummary, UInt128> summaries) =>
        summaries.GetOrAdd(summary, static s =>
        {
            using var fingerprint = new Fingerprint();
            return fingerprint.Add(JsonSerializer.SerializeToUtf8Bytes(s, FingerprintJson.Default.PaperSummary)).Value();
        });

    /// <summary>The theme folder's files, names and bytes, in a fixed order: those the build may read (see
    /// <see cref="ThemeBoundary"/>; a refused one fails the build anyway).</summary>
    public static UInt128 OfFolder(string folder)
    {
        using var fingerprint = new Fingerprint();
        if (ReadableFolder.Open(folder, "theme") is { } theme)
        {
            foreach (var (file, _) in theme.Files(folder))
            {
                if (file is { } readable)
                {
                    fingerprint.Add(readable.Name).Add(File.ReadAllBytes(readable.FullPath));
                }
            }
        }

        return fingerprint.Value();
    }
}

/// <summary>The fingerprinted records as JSON, made by the source generator (no reflection at run time).</summary>
[JsonSerializable(typeof(Catalog.Paper))]
[JsonSerializable(typeof(PaperSummary))]
[JsonSerializable(typeof(IReadOnlyList<SourceView>))]
[JsonSerializable(typeof(SiteInfo))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
