using System.Text.Json;
using System.Text.Json.Serialization;
using PaperArchive.Catalog;

namespace PaperArchive.Caching;

/// <summary>
/// The <see cref="Fingerprint"/> of one segment of the search index: the index's code and the runtime's, the index
/// format, where the segment stands and how its files are cut, and its papers in their order. A sealed base segment
/// keeps its fingerprint while new listings add papers after it, so its files (most of the index) are not made again.
/// </summary>
internal static class SegmentFingerprint
{
    /// <param name="formatVersion">The index format's version.</param>
    /// <param name="segment">The segment's number.</param>
    /// <param name="offset">The id of its first paper.</param>
    /// <param name="papers">Its papers, in id order.</param>
    /// <param name="perChunk">Papers per data chunk.</param>
    /// <param name="shardLimit">The largest size of its word shards.</param>
    public static UInt128 Of(int formatVersion, int segment, int offset, IReadOnlyList<Paper> papers, int perChunk, int shardLimit)
    {
        using var fingerprint = new Fingerprint().AddCodeOf(typeof(SegmentFingerprint), typeof(JsonSerializer), typeof(object))
            .Add(formatVersion).Add(segment).Add(offset).Add(papers.Count).Add(perChunk).Add(shardLimit);
        foreach (var paper in papers)
        {
            // Where a paper was seen changes whenever a new listing repeats it, and the index never shows it.
            fingerprint.Add(JsonSerializer.SerializeToUtf8Bytes(paper with { Sources = [] }, SegmentJson.Default.Paper));
        }

        return fingerprint.Value();
    }
}

/// <summary>Papers as JSON for <see cref="SegmentFingerprint"/>, made by the source generator.</summary>
[JsonSerializable(typeof(Paper))]
internal sealed partial class SegmentJson : JsonSerializerContext;
