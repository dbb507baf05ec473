using System.Globalization;
using System.Text;

namespace PaperArchive.Search;

/// <summary>Term shards of one kind (words or pairs): each shard's lookup key and JSON text, plus the posting
/// lists too long to sit inline, which get binary files of their own (<see cref="PostingLists"/>).</summary>
internal sealed record ShardSet(IReadOnlyList<string> Keys, IReadOnlyList<string> Shards, IReadOnlyList<byte[]> LargeLists);

/// <summary>
/// Cuts the ordinally sorted terms into consecutive shards of at most <see cref="SearchIndexLayout.ShardLimit"/>
/// bytes. A shard's key is the shortest prefix of its first term that sorts after the previous shard's last term,
/// so prefixes grow only where terms are dense: the shard of a term is the last shard whose key is not after it.
/// </summary>
internal static class ShardPlanner
{
    public static ShardSet Plan(IReadOnlyList<TermPostings> terms, int documentCount, int firstLargeIndex, int limit = SearchIndexLayout.ShardLimit)
    {
        var keys = new List<string>();
        var shards = new List<string>();
        var large = new List<byte[]>();
        var shard = new StringBuilder();
        string? lastTerm = null;
        foreach (var term in terms)
        {
            // Terms are runs of [a-z0-9] joined by a space and postings use a JSON-safe alphabet: no escaping needed.
            var postings = PostingLists.Encode(term.Postings, documentCount);
            var df = term.Postings.Count.ToString(CultureInfo.InvariantCulture);
            var entry = postings.Inline is { } inline
                ? $"[\"{term.Term}\",{df},\"{inline}\"]"
                : $"[\"{term.Term}\",{df},{(firstLargeIndex + large.Count).ToString(CultureInfo.InvariantCulture)}]";
            if (postings.File is { } file)
            {
                large.Add(file);
            }

            if (shard.Length > 0 && shard.Length + entry.Length + 2 > limit)
            {
                shards.Add(shard.Append(']').ToString());
                shard.Clear();
            }

            if (shard.Length == 0)
            {
                keys.Add(lastTerm is null ? string.Empty : KeyBetween(lastTerm, term.Term));
                shard.Append('[');
            }
            else
            {
                shard.Append(',');
            }

            shard.Append(entry);
            lastTerm = term.Term;
        }

        if (shard.Length > 0)
        {
            shards.Add(shard.Append(']').ToString());
        }

        return new ShardSet(keys, shards, large);
    }

    /// <summary>The shortest prefix of <paramref name="next"/> that sorts after <paramref name="previous"/>.</summary>
    public static string KeyBetween(string previous, string next)
    {
        for (var length = 1; length < next.Length; length++)
        {
            var prefix = next[..length];
            if (string.CompareOrdinal(prefix, previous) > 0)
            {
                return prefix;
            }
        }

        return next;
    }
}
