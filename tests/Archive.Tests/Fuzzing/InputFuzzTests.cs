using System.Collections.Concurrent;
using System.Text;
using PaperArchive.Configuration;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Fuzzing;

/// <summary>
/// Seeded fuzzing of the other input the curator writes or saves: the capture forms (Markdown clip, plain-text
/// export, the hostile fixture) and site.yml. The property is the weaker one every input must meet: no exception,
/// and a listing is either read or rejected with an error, never silently empty.
/// </summary>
[Trait("Category", "Slow")]
public sealed class InputFuzzTests
{
    private const int Seed = 20251213;

    public static TheoryData<string> Captures => new()
    {
        "Listings/Forms/markdown-firecrawl-search.md",
        "Listings/Forms/markdown-web-source-fenced.md",
        "Listings/Forms/export-notebook-search.txt",
        "Listings/Forms/markdown-digest-bold-links.md",
        "Listings/Forms/markdown-crawl-trending-bare-headings.md",
        "Listings/PaperPage/crawl-setext-prometheus.md",
        "Listings/PaperPage/obsidian-clip-beyond-semantic-similarity.md",
        "Hostile/input/listings/2025-12-08-hostile.txt",
    };

    [Theory]
    [MemberData(nameof(Captures))]
    public void Mutated_captures_are_read_or_rejected_with_an_error_never_thrown(string fixture)
    {
        var lines = File.ReadAllText(Path.Combine(RepoPaths.TestFiles, fixture)).Split('\n');
        var failures = Run(2_000, random =>
        {
            var mutations = new List<string>();
            var bytes = TextMutator.Mutate(random, [.. lines], mutations);
            var diagnostics = new DiagnosticBag();
            var listing = ListingParser.Default.Parse(new RawListing("2025-12-13-fuzz.txt", bytes), null, diagnostics);
            return listing is null && !diagnostics.HasErrors ? $"({string.Join(", ", mutations)}): no listing and no error" : null;
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
    }

    [Theory]
    [InlineData("Listings/Forms/markdown-firecrawl-search.md")]
    [InlineData("Listings/Forms/markdown-web-source-fenced.md")]
    [InlineData("Listings/Forms/export-notebook-search.txt")]
    [InlineData("Listings/Forms/2026-07-28-export-notebook-search-tail.txt")]
    [InlineData("Listings/Forms/2026-06-29-markdown-web-source-tail.md")]
    public void Mutated_captures_keep_every_entry_whose_lines_are_intact(string fixture)
    {
        // Intact here: the line above the title and every line down to the next card's title are unchanged (a card
        // of these forms spans blank lines: title, link, abstract, link, byline). These forms mark titles explicitly
        // (heading link, paper URL), so no title-or-prose guess is needed.
        var text = File.ReadAllText(Path.Combine(RepoPaths.TestFiles, fixture));
        var name = Path.GetFileName(fixture);
        var original = ListingParser.Default.Parse(new RawListing(name, Encoding.UTF8.GetBytes(text)), null, new DiagnosticBag())!;
        var lines = text.Split('\n');
        var starts = original.Entries.Select(e => e.Location.Line - 1).Append(lines.Length).ToList();
        var windows = original.Entries.Select((e, i) => (Entry: e, Window: lines[Math.Max(0, starts[i] - 1)..starts[i + 1]]))
            .Where(x => x.Entry.Abstract is { Length: > 0 }).Select(x => (x.Entry.Title, Abstract: x.Entry.Abstract!, x.Window)).ToList();
        var checkedEntries = 0;
        var failures = Run(2_000, random =>
        {
            var mutations = new List<string>();
            var bytes = TextMutator.Mutate(random, [.. lines], mutations);
            var diagnostics = new DiagnosticBag();
            var listing = ListingParser.Default.Parse(new RawListing(name, bytes), null, diagnostics);
            // Refusals by design: bytes that are not text, a capture whose date was destroyed (the curator is asked for it), and one whose cards mostly fail the plausibility gate.
            if (diagnostics.Sorted().Any(d => d.Id is DiagnosticIds.ListingNotText or DiagnosticIds.CaptureDateMissing or DiagnosticIds.CaptureImplausible))
            {
                return null;
            }

            var mutated = IntactEntries.Lines(Encoding.UTF8.GetString(bytes));
            foreach (var (title, abstractText, window) in windows)
            {
                if (!IntactEntries.IsIntactIn(new IntactEntry(title, abstractText, window), mutated))
                {
                    continue;
                }

                Interlocked.Increment(ref checkedEntries);
                if (listing is null || !listing.Entries.Any(e => e.Title == title && e.Abstract == abstractText))
                {
                    return $"({string.Join(", ", mutations)}): the intact entry '{title}' was lost";
                }
            }

            return null;
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        Assert.True(checkedEntries > 2_000, "too few intact entries: the property would check nothing.");
    }

    [Fact]
    public void Mutated_site_yml_files_never_throw()
    {
        // Flow collections and quoting are where YAML scanners break, so the shipped file gets some appended.
        var lines = File.ReadAllText(Path.Combine(RepoPaths.ShippedInput, "site.yml")).Split('\n')
            .Concat(["themes:", "  values:", "    name: \"Values & alignment\"", "    keywords: [value, alignment, 'human values']",
                "    extra: {a: 1, b: [2, 3]}", "  - broken", "anchors: &a [x]", "alias: *a"]).ToArray();
        var failures = Run(3_000, random =>
        {
            var mutations = new List<string>();
            var bytes = TextMutator.Mutate(random, [.. lines], mutations);
            SiteConfigReader.Read("site.yml", Encoding.UTF8.GetString(bytes), new DiagnosticBag());
            return null;
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
    }

    private static ConcurrentQueue<string> Run(int cases, Func<Random, string?> check)
    {
        var failures = new ConcurrentQueue<string>();
        Parallel.For(0, cases, index =>
        {
            try
            {
                if (check(new Random(unchecked((Seed * 7919) + index))) is { } failure)
                {
                    failures.Enqueue($"case {index} {failure}");
                }
            }
            catch (Exception e)
            {
                failures.Enqueue($"case {index} threw {e.GetType().Name}: {e.Message}");
            }
        });
        return failures;
    }
}
