using System.Text.Json;
using System.Text.Json.Serialization;
using PaperArchive.Caching;
using PaperArchive.Catalog;

namespace PaperArchive.Search;

/// <summary>
/// The <see cref="Fingerprint"/> of one segment's files (<see cref="SearchIndexBuilder"/>): the index's code and the
/// runtime's, where the segment stands and its bounds, and its papers in their order. A sealed base segment keeps its fingerprint
/// while new listings add papers after it, so its files (most of the index) are not made again.
/// </summary>
public static class SegmentFingerprint
{
    public static UInt128 Of(int segment, SearchCorpus corpus, int perChunk, int shardLimit)
    {
        var range = corpus.Segments[segment];
        using var fingerprint = new Fingerprint().AddCodeOf(typeof(SegmentFingerprint), typeof(JsonSerializer), typeof(object))
            .Add(SearchIndexBuilder.FormatVersion).Add(segment).Add(range.Offset).Add(range.Count).Add(perChunk).Add(shardLimit);
        for (var i = range.Offset; i < range.Offset + range.Count; i++)
        {
            // Where a paper was seen changes whenever a new listing repeats it, and the index never shows it.
            fingerprint.Add(JsonSerializer.SerializeToUtf8Bytes(corpus.Documents[i] with { Sources = [] }, SegmentJson.Default.Paper));
        }

        return fingerprint.Value();
    }
}

/// <summary>Papers as JSON for <see cref="SegmentFingerprint"/>, made by the source generator.</summary>
[JsonSerializable(typeof(Paper))]
internal sealed partial class SegmentJson : JsonSerializerContext;
