using System.Text;
using System.Text.Json;

namespace PaperArchive.Listings.PapersApi;

/// <summary>
/// Reads a saved response of the Hugging Face papers API with System.Text.Json: an array of daily-list entries
/// (<c>/api/daily_papers</c>) or of paper objects, an object holding them under <c>dailyPapers</c> (as the
/// daily papers page embeds them), or a single entry or paper. An array is read element by element, so a
/// response cut off mid-way still gives every paper before the cut.
/// </summary>
internal static class PapersApiReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The cheap test before reading: the text opens an object (<c>{"</c>) or an array of objects
    /// (<c>[{</c>), white space aside. A line that merely starts with a bracket (an upvote button <c>[-] 19</c>) does not.</summary>
    public static bool LooksLikeJson(IEnumerable<string> lines)
    {
        var opening = lines.SelectMany(line => line).Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF').Take(2).ToArray();
        return opening is ['{', '"' or '}'] or ['[', '{' or ']'];
    }

    public static PapersApiCapture Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var elements = new List<(JsonElement Element, long Offset)>();
        JsonBreak? broken = null;
        try
        {
            Collect(bytes, elements);
        }
        catch (JsonException e)
        {
            broken = new JsonBreak((int)(e.LineNumber ?? 0) + 1, e.Message);
        }

        var read = elements.Select(e => (Line: LineAt(bytes, e.Offset), Paper: ApiPaperObject.Read(e.Element, LineAt(bytes, e.Offset)))).ToList();
        var papers = read.Select(r => r.Paper).OfType<ApiPaper>().ToList();
        var newest = papers.Select(p => p.SubmittedOnDaily ?? p.Scraped).Where(d => d is not null).DefaultIfEmpty(null).Max();
        return new PapersApiCapture(papers, newest, broken) { NotPapers = read.Where(r => r.Paper is null).Select(r => r.Line).ToList() };
    }

    private static void Collect(byte[] bytes, List<(JsonElement, long)> elements)
    {
        var reader = new Utf8JsonReader(bytes, Options);
        if (!reader.Read())
        {
            return;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            CollectArray(ref reader, elements);
            return;
        }

        var start = reader.TokenStartIndex;
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("dailyPapers", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var offsets = DailyPapersOffsets(bytes);
            elements.AddRange(list.EnumerateArray().Select((e, i) => (e.Clone(), i < offsets.Count ? offsets[i] : start)));
        }
        else
        {
            elements.Add((root.Clone(), start));
        }
    }

    /// <summary>Reads the elements of the array <paramref name="reader"/> stands on one at a time, keeping each
    /// one's offset; a JSON error stops the loop with the complete elements before it collected.</summary>
    private static void CollectArray(ref Utf8JsonReader reader, List<(JsonElement, long)> elements)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            using var element = JsonDocument.ParseValue(ref reader);
            elements.Add((element.RootElement.Clone(), start));
        }
    }

    /// <summary>The offsets of the objects in the root object's <c>dailyPapers</c> array, in order.</summary>
    private static List<long> DailyPapersOffsets(byte[] bytes)
    {
        var offsets = new List<long>();
        var reader = new Utf8JsonReader(bytes, Options);
        var inList = false;
        while (reader.Read())
        {
            if (!inList && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("dailyPapers"))
            {
                inList = reader.Read() && reader.TokenType == JsonTokenType.StartArray;
            }
            else if (inList && reader.CurrentDepth == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                offsets.Add(reader.TokenStartIndex);
                reader.Skip();
            }
            else if (inList && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }
        }

        return offsets;
    }

    private static int LineAt(byte[] bytes, long offset) => bytes.AsSpan(0, (int)offset).Count((byte)'\n') + 1;
}
