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
public sealed class InputFuzzTests
{
    private const int Seed = 20251213;

    public static TheoryData<string> Captures => new()
    {
        "Listings/Forms/clip-value-alignment.md",
        "Listings/Forms/export-human-feedback.txt",
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
            var listing = ListingParser.Default.Parse(new ListingSource("2025-12-13-fuzz.txt", bytes), null, diagnostics);
            return listing is null && !diagnostics.HasErrors ? $"({string.Join(", ", mutations)}): no listing and no error" : null;
        });

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
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
