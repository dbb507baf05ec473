using PaperArchive.Catalog;

namespace PaperArchive.Caching;

/// <summary>
/// The <see cref="Fingerprint"/> of one segment of the search index: the index's code and the runtime's, the index
/// format, where the segment stands and how its files are cut, and its papers in their order, each by what the index
/// holds of it (slug, title, abstract, publication date, authors' names). A sealed base segment keeps its fingerprint while new
/// listings add papers after it or show its papers again with more upvotes, so its files (most of the index) are not
/// made again.
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
        using var fingerprint = new Fingerprint().AddCodeOf(typeof(SegmentFingerprint), typeof(object))
            .Add(formatVersion).Add(segment).Add(offset).Add(papers.Count).Add(perChunk).Add(shardLimit);
        foreach (var paper in papers)
        {
            // Only what the segment's files are made of: its words and the rows of its chunks.
            fingerprint.Add(paper.Slug).Add(paper.Title).Add(paper.Abstract ?? string.Empty).Add(paper.Published?.DayNumber ?? -1)
                .Add(paper.AuthorNames.Count);
            foreach (var name in paper.AuthorNames)
            {
                fingerprint.Add(name);
            }
        }

        return fingerprint.Value();
    }
}
