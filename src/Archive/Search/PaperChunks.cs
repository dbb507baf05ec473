using System.Globalization;
using PaperArchive.Catalog;

namespace PaperArchive.Search;

/// <summary>
/// What a result shows, in chunks of <c>k</c> consecutive documents (chunk <c>c = id / k</c> is
/// <see cref="SearchIndexLayout.Chunk"/>, rows <c>[slug, title, published, snippet]</c>, the snippet being the start of
/// the abstract, at most <see cref="SnippetLength"/> characters cut at a word and ending in <see cref="Truncated"/> when
/// cut): short rows let a chunk hold a few papers, so the index has fewer files. <c>k</c> follows the average paper size
/// of the first segment so a chunk stays near <see cref="SearchIndexLayout.ChunkTarget"/>: a visitor fetches only the
/// chunks of the results shown.
/// </summary>
internal static class PaperChunks
{
    public const int SnippetLength = 300;

    /// <summary>Ends a snippet that is not the whole abstract (the client then cannot rule out a phrase by its text).</summary>
    public const string Truncated = " …";

    public static string Snippet(string text)
    {
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return text[..(cut > SnippetLength / 2 ? cut : SnippetLength)].TrimEnd() + Truncated;
    }

    public static int DocumentsPerChunk(IReadOnlyList<Paper> documents)
    {
        if (documents.Count == 0)
        {
            return 1;
        }

        // A power of two, at most 64: it divides every segment boundary (multiples of 64), so no chunk straddles two
        // segments and the base segment's chunks stay byte-identical when papers are added.
        var average = documents.Average(p => p.Title.Length + Math.Min(p.Abstract?.Length ?? 0, SnippetLength + 2) + p.Slug.Length + 24.0);
        var k = Math.Clamp((int)Math.Round(SearchIndexLayout.ChunkTarget / average), 1, 64);
        return 1 << (int)Math.Log2(k);
    }

    public static IEnumerable<byte[]> Build(IReadOnlyList<Paper> documents, int perChunk)
    {
        for (var start = 0; start < documents.Count; start += perChunk)
        {
            var slice = documents.Skip(start).Take(perChunk).ToList();
            yield return SearchJson.Write(writer =>
            {
                writer.WriteStartArray();
                foreach (var paper in slice)
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(paper.Slug);
                    writer.WriteStringValue(paper.Title);
                    writer.WriteStringValue(paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                    writer.WriteStringValue(Snippet(paper.Abstract ?? string.Empty));
                    if (FirstAuthors(paper.AuthorNames) is { } authors)
                    {
                        // A fifth field only when names are known, so a chunk of papers without names is as it was.
                        writer.WriteStringValue(authors);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            });
        }
    }

    /// <summary>Authors a result may show: the first three names, "et al." after them when there are more.</summary>
    public static string? FirstAuthors(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        <= 3 => string.Join(", ", names),
        _ => string.Join(", ", names.Take(3)) + " et al.",
    };
}
