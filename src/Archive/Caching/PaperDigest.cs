using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaperArchive.Catalog;

namespace PaperArchive.Caching;

/// <summary>
/// A digest of everything a paper record holds except where it was seen (<see cref="Paper.Sources"/>, which grows
/// whenever a new listing repeats the paper: what a page shows of it is fingerprinted on its own). Taken once per
/// paper and build, and shared by the fingerprints of the paper's page and of its search index segment.
/// </summary>
public static class PaperDigest
{
    private static readonly ConditionalWeakTable<Paper, StrongBox<UInt128>> Taken = [];

    public static UInt128 Of(Paper paper) => Taken.GetValue(paper, static p =>
    {
        using var fingerprint = new Fingerprint();
        return new StrongBox<UInt128>(fingerprint.Add(JsonSerializer.SerializeToUtf8Bytes(p with { Sources = [] }, PaperJson.Default.Paper)).Value());
    }).Value;
}

/// <summary>Papers as JSON for <see cref="PaperDigest"/>, made by the source generator.</summary>
[JsonSerializable(typeof(Paper))]
internal sealed partial class PaperJson : JsonSerializerContext;
