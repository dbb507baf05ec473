using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using HandlebarsDotNet;
using Markdig;
using PaperArchive.Site;
using PaperArchive.Site.Pages;

namespace PaperArchive.Caching;

/// <summary>
/// The <see cref="Fingerprint"/>s of one build's pages: the generator's code, the template folder's files, the site-wide
/// facts and the layout, which every page shares, and each paper page's own <see cref="PaperPageInputs"/> or each other
/// page's whole model (<see cref="OfModel"/>). Two builds that give a page the same fingerprint give it the same bytes,
/// so a page whose fingerprint is unchanged need not be built again.
/// </summary>
internal sealed class PageFingerprints
{
    private readonly UInt128 _context;

    // A summary shows on its own paper's page and on the pages of the papers it is related to: it is serialized once.
    private readonly ConcurrentDictionary<PaperSummary, UInt128> _summaries = new(ReferenceEqualityComparer.Instance);

    /// <param name="templates">The digest of the template folder (theme/) (<see cref="Fingerprint.OfFolder"/>).</param>
    /// <param name="site">Site-wide facts every page shows.</param>
    /// <param name="layout">The layout the pages are rendered with.</param>
    public PageFingerprints(UInt128 templates, SiteInfo site, string layout)
    {
        // A new version of this program, of the libraries that render or of the .NET runtime changes every page.
        using var fingerprint = new Fingerprint().AddCodeOf(typeof(PageFingerprints), typeof(Handlebars), typeof(Markdown), typeof(JsonSerializer), typeof(object));
        _context = fingerprint.Add(templates)
            .Add(JsonSerializer.SerializeToUtf8Bytes(site, FingerprintJson.Default.SiteInfo))
            .Add(layout)
            .Value();
    }

    /// <summary>The fingerprint of the page made from <paramref name="inputs"/>; safe to call from several threads.</summary>
    public UInt128 Of(PaperPageInputs inputs)
    {
        // Every property of the inputs goes in (a test keeps this list complete), field by field: serialising each
        // paper as JSON was about a tenth of a rebuild's CPU.
        using var fingerprint = new Fingerprint();
        fingerprint.Add(_context)
            .AddPaper(inputs.Paper)
            .AddSources(inputs.Sources)
            .Add(Digest(inputs.Summary))
            .Add(inputs.Related.Count);
        foreach (var related in inputs.Related)
        {
            fingerprint.Add(Digest(related));
        }

        return fingerprint.Value();
    }

    /// <summary>The fingerprint of a page that is not a paper's (a list, an index, the home page): its layout and every
    /// public property of its model, which is all its template can read. Making such a model is cheap; rendering it is
    /// not. Safe to call from several threads.</summary>
    public UInt128 OfModel(string layout, PageModel model)
    {
        using var fingerprint = new Fingerprint();
        fingerprint.Add(_context).Add(layout).Add(model.GetType().FullName!);
        if (model is ListPage list)
        {
            // A list page shows 50 summaries, each already digested for its paper's page: the rest of the model as
            // JSON, then the summaries by their digests.
            fingerprint.Add(JsonSerializer.SerializeToUtf8Bytes(list with { Papers = [] }, FingerprintJson.Default.ListPage))
                .Add(list.Papers.Count);
            foreach (var paper in list.Papers)
            {
                fingerprint.Add(Digest(paper));
            }
        }
        else
        {
            fingerprint.Add(JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), FingerprintJson.Default));
        }

        return fingerprint.Value();
    }

    private UInt128 Digest(PaperSummary summary) =>
        _summaries.GetOrAdd(summary, static s =>
        {
            using var fingerprint = new Fingerprint();
            return fingerprint.AddSummary(s).Value();
        });
}

/// <summary>The fingerprinted records as JSON, made by the source generator (no reflection at run time).</summary>
[JsonSerializable(typeof(SiteInfo))]
[JsonSerializable(typeof(HomePage))]
[JsonSerializable(typeof(ListPage))]
[JsonSerializable(typeof(IndexPage))]
[JsonSerializable(typeof(AboutPage))]
[JsonSerializable(typeof(SubscribePage))]
[JsonSerializable(typeof(PlainPage))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
