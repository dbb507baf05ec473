using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Fuzzing;

/// <summary>
/// Seeded fuzzing of the structured capture forms with their real fixtures. Every mutated capture is read or
/// rejected with an error, never thrown or silently empty; and every paper whose part of the capture the mutation
/// left intact is still read with its title and arXiv id. "Intact" follows each form's structure: a digest's
/// <c>&lt;details&gt;</c> block and its "Last Updated" line, an arXiv entry's lines and its day heading, a JSON array
/// element or an HTML card that ends before the first changed byte.
/// </summary>
public sealed class StructuredFormFuzzTests
{
    private const int Seed = 20251214;
    private const string FileName = "2025-12-14-fuzz";

    public static TheoryData<string, int> Captures => new()
    {
        { "Listings/GitHubDigest/trending-seven-papers.md", 1_000 },
        { "Listings/ArxivListing/cs-ai-recent.md", 1_000 },
        { "Listings/PapersApi/2024-10-25-daily-papers-excerpt.json", 1_000 },
        { "Listings/SavedHtml/daily-2024-08-01.html", 150 },
    };

    [Theory]
    [MemberData(nameof(Captures))]
    public void Mutated_captures_keep_every_paper_whose_part_is_intact_and_never_throw(string fixture, int cases)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.TestFiles, fixture));
        var original = Parse(bytes, new DiagnosticBag())!;
        var byteForm = fixture.EndsWith(".json", StringComparison.Ordinal) || fixture.EndsWith(".html", StringComparison.Ordinal);
        var parts = byteForm ? ByteParts(fixture, bytes, original) : LineParts(bytes, original);
        var checkedPapers = 0;
        var failures = new ConcurrentQueue<string>();
        Parallel.For(0, cases, index =>
        {
            var random = new Random(unchecked((Seed * 7919) + index));
            try
            {
                var (mutated, mutation, intact) = byteForm ? MutateBytes(random, bytes, parts) : MutateLines(random, bytes, parts);
                var diagnostics = new DiagnosticBag();
                var listing = Parse(mutated, diagnostics);
                if (listing is null && !diagnostics.HasErrors)
                {
                    failures.Enqueue($"case {index} ({mutation}): no listing and no error");
                    return;
                }

                // Refused whole by design: bytes that are not text (a flipped bit that breaks UTF-8, a NUL).
                if (diagnostics.Sorted().Any(d => d.Id == DiagnosticIds.ListingNotText))
                {
                    return;
                }

                foreach (var paper in intact)
                {
                    Interlocked.Increment(ref checkedPapers);
                    if (listing is null || !listing.Entries.Any(e => e.Title == paper.Title && e.ArxivId == paper.ArxivId))
                    {
                        failures.Enqueue($"case {index} ({mutation}): the intact paper '{paper.Title}' was lost; {string.Join(" ", diagnostics.Sorted().Select(d => d.Id).Distinct())}");
                        return;
                    }
                }
            }
            catch (Exception e)
            {
                failures.Enqueue($"case {index} threw {e.GetType().Name}: {e.Message}");
            }
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        Assert.True(checkedPapers > cases / 2, "too few intact papers: the property would check nothing.");
    }

    private static Listing? Parse(byte[] bytes, DiagnosticBag diagnostics) =>
        ListingParser.Default.Parse(new RawListing(FileName, bytes), null, diagnostics);

    /// <summary>A paper and the part of the capture that must be unchanged for it to be read: a byte range, or
    /// lines that must still stand together in the same order.</summary>
    private sealed record Part(ListingEntry Paper, int EndByte, string[][] Windows);

    private static (byte[], string, List<ListingEntry>) MutateBytes(Random random, byte[] bytes, List<Part> parts)
    {
        var (mutated, offset, mutation) = ByteMutator.Mutate(random, bytes);
        return (mutated, mutation, parts.Where(p => p.EndByte <= offset).Select(p => p.Paper).ToList());
    }

    private static (byte[], string, List<ListingEntry>) MutateLines(Random random, byte[] bytes, List<Part> parts)
    {
        var mutations = new List<string>();
        var mutated = TextMutator.Mutate(random, [.. Encoding.UTF8.GetString(bytes).Split('\n')], mutations);
        var lines = IntactEntries.Lines(Encoding.UTF8.GetString(mutated));
        var intact = parts.Where(p => p.Windows.All(w => IntactEntries.IsIntactIn(new IntactEntry("", "", w), lines))).Select(p => p.Paper).ToList();
        return (mutated, string.Join(", ", mutations), intact);
    }

    /// <summary>JSON: the array element holding the paper; HTML: the card, up to its closing <c>&lt;/article&gt;</c>.</summary>
    private static List<Part> ByteParts(string fixture, byte[] bytes, Listing original)
    {
        var ends = new List<int>();
        if (fixture.EndsWith(".json", StringComparison.Ordinal))
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                reader.Skip();
                ends.Add((int)reader.BytesConsumed);
            }
        }
        else
        {
            for (var at = 0; (at = bytes.AsSpan().IndexOf("</article>"u8) is var i && i >= 0 ? i : -1) >= 0;)
            {
                var end = (ends.Count == 0 ? 0 : ends[^1]) + at + "</article>".Length;
                ends.Add(end);
                bytes = bytes[(at + "</article>".Length)..];
            }
        }

        Assert.Equal(original.Entries.Count, ends.Count);
        return original.Entries.Select((e, i) => new Part(e, ends[i], [])).ToList();
    }

    /// <summary>Digest: the block from its <c>&lt;details&gt;</c> line to its <c>&lt;/details&gt;</c> line, with the line
    /// before and after. arXiv listing: the entry's lines from the one before its <c>arXiv:</c> line to the one after
    /// its authors line. Either way, the line that states the day too (the fuzz file's name states another one).</summary>
    private static List<Part> LineParts(byte[] bytes, Listing original)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var dayLine = Array.FindIndex(lines, l => l.StartsWith("**Last Updated:**", StringComparison.Ordinal) || l.Contains("(showing", StringComparison.Ordinal));
        var day = lines[Math.Max(0, dayLine - 1)..(dayLine + 2)];
        return original.Entries.Select(entry =>
        {
            var title = entry.Location.Line - 1;
            int from, to;
            if (lines[title].StartsWith("<summary>", StringComparison.Ordinal))
            {
                (from, to) = (title - 1, Array.FindIndex(lines, title, l => l.StartsWith("</details>", StringComparison.Ordinal)));
            }
            else
            {
                (from, to) = (title - 1, title + 1);
            }

            return new Part(entry, 0, [day, lines[Math.Max(0, from - 1)..Math.Min(lines.Length, to + 2)]]);
        }).ToList();
    }
}
