using PaperArchive.Site;

namespace PaperArchive.Search;

/// <summary>The files of the search index and the bounds that keep each one small, whatever the archive's size.</summary>
internal static class SearchIndexLayout
{
    public const string Folder = SiteUrls.SearchIndex;

    /// <summary>Fetched first: counts, facet groups, and the first term of every word shard.</summary>
    public const string Manifest = "manifest.json";


    /// <summary>No term shard is larger than this (bytes).</summary>
    public const int ShardLimit = 4 * 1024;

    /// <summary>Word shards of the recent segment are smaller: its lists are short, and every word of every query
    /// fetches one of its shards besides the base's.</summary>
    public const int RecentShardLimit = 1024;

    /// <summary>A posting list longer than this (characters) moves to its own file, fetched only when its term is searched.</summary>
    public const int InlineLimit = 1024;

    /// <summary>Paper data chunks aim at this size; a result costs one chunk, and the results of a query are spread
    /// over the archive, so a small chunk wastes less (two papers a chunk: a page of results is 10 KB, not 18 KB).</summary>
    public const int ChunkTarget = 1024;

    /// <summary>How many shards of <see cref="ShardLimit"/> a prefix may fetch in a segment (of smaller shards, as many
    /// more as fit in the same bytes; the manifest gives each segment's count); a short prefix spanning more shards
    /// expands within these only.</summary>
    public const int PrefixShardLimit = 3;

    public static int PrefixShards(int shardLimit) => PrefixShardLimit * ShardLimit / shardLimit;

    /// <summary>How many index terms a prefix may expand to (the most frequent first).</summary>
    public const int MaxExpansions = 64;

    /// <summary>How many long posting lists (files of their own) a prefix may fetch besides its own word's: the most
    /// frequent expansion, enough for "interpret" to find "interpretability" without paying for every rarer form.
    /// None when the word itself has a long list: "model" typed in full is a frequent word, not a half-typed one.</summary>
    public const int MaxLargeExpansions = 1;

    /// <summary>How many of the best candidates the client may check for a phrase (it stops when a page is full).</summary>
    public const int VerifyLimit = 30;

    /// <summary>How many results a page of results shows (and so how many chunks it may fetch).</summary>
    public const int ResultsPerPage = 10;

    /// <summary>Each segment's files sit in a folder of their own, so a segment that did not change keeps its files.</summary>
    public static string Segment(int segment) => $"s{segment}/";

    public static string WordShard(int segment, int index) => $"s{segment}/w/{index}.json";

    public static string PairShard(int segment, int index) => $"s{segment}/p/{index}.json";

    /// <summary>A long posting list (<see cref="BinaryPostings"/>); a large segment has tens of thousands, so they sit
    /// in folders of <see cref="FilesPerFolder"/> too.</summary>
    public static string LargePostings(int segment, int index) => $"s{segment}/x/{index / FilesPerFolder}/{index}.bin";

    /// <summary>The first pair bucket of every phrase shard of a segment; fetched only for quoted phrases.</summary>
    public static string PairTable(int segment) => $"s{segment}/pairs.json";

    /// <summary>Chunks sit in folders of <see cref="FilesPerFolder"/>.</summary>
    public static string Chunk(int index) => $"m/{index / FilesPerFolder}/{index}.json";

    /// <summary>The most files of one kind in a folder: a disk creates files faster in small folders. The client reads
    /// this number from the manifest.</summary>
    public const int FilesPerFolder = 1024;
}
