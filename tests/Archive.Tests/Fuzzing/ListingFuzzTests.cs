using System.Collections.Concurrent;
using System.Text;
using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using Xunit.Abstractions;

namespace PaperArchive.Tests.Fuzzing;

[Trait("Category", "Slow")]
public sealed class ListingFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20251208;
    private const int Cases = 12_000;
    private const string FileName = "2025-12-09-fuzz.txt";

    /// <summary>Far beyond the millisecond a case takes: only a real hang (an endless loop) can reach it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public void Mutated_real_listings_never_throw_never_hang_and_keep_every_intact_entry()
    {
        var failures = new ConcurrentQueue<string>();
        var stats = new ConcurrentDictionary<string, int>();
        Parallel.For(0, Cases, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, index =>
        {
            var fuzz = FuzzCase.Create(Seed, index);
            var run = Task.Factory.StartNew(() => Check(fuzz, stats), TaskCreationOptions.LongRunning);
            string? failure;
            try
            {
                failure = run.Wait(HangGuard) ? run.Result : $"did not finish within {HangGuard.TotalSeconds} s (a hang)";
            }
            catch (AggregateException e)
            {
                failure = $"threw {e.InnerException}";
            }

            if (failure is not null)
            {
                failures.Enqueue($"case {index} ({string.Join(", ", fuzz.Mutations)}): {failure}");
            }
        });

        output.WriteLine($"seed {Seed}, {Cases} cases: " + string.Join(", ", stats.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value}")));
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        Assert.True(stats.GetValueOrDefault("intact entries checked") > Cases, "too few intact entries: the property would check nothing.");
        Assert.True(stats.GetValueOrDefault("parsed") > Cases * 3 / 4, "most mutated listings must still parse.");
    }

    private static string? Check(FuzzCase fuzz, ConcurrentDictionary<string, int> stats)
    {
        var originalParse = ListingParser.Default.Parse(new RawListing(FileName, Encoding.UTF8.GetBytes(fuzz.Original)), null, new DiagnosticBag())
            ?? throw new InvalidOperationException("the unmutated excerpt must parse");
        var diagnostics = new DiagnosticBag();
        var listing = ListingParser.Default.Parse(new RawListing(FileName, fuzz.Bytes), null, diagnostics);
        if (listing is null)
        {
            foreach (var id in diagnostics.Sorted().Where(d => d.IsError).Select(d => d.Id).Distinct())
            {
                stats.AddOrUpdate($"rejected with {id}", 1, (_, n) => n + 1);
            }

            if (!diagnostics.HasErrors)
            {
                return "no listing and no error: papers were dropped silently";
            }

            // Refused whole by design: bytes that are not text, and a file whose cards mostly fail the plausibility gate (a
            // shifted compact copy reads abstracts as titles; publishing half of it would publish junk). Any other
            // refusal must not cost an intact entry.
            if (diagnostics.Sorted().Any(d => d.Id is DiagnosticIds.ListingNotText or DiagnosticIds.CaptureImplausible))
            {
                return null;
            }
        }
        else
        {
            stats.AddOrUpdate("parsed", 1, (_, n) => n + 1);
        }

        var parsed = listing?.Entries ?? [];
        var mutatedLines = IntactEntries.Lines(Encoding.UTF8.GetString(fuzz.Bytes));
        foreach (var entry in IntactEntries.Candidates(fuzz.Original, originalParse))
        {
            if (!IntactEntries.IsIntactIn(entry, mutatedLines))
            {
                continue;
            }

            stats.AddOrUpdate("intact entries checked", 1, (_, n) => n + 1);
            if (!parsed.Any(e => e.Title == entry.Title && e.Abstract == entry.Abstract))
            {
                return $"the intact entry '{entry.Title}' was not parsed with its title and abstract";
            }
        }

        return null;
    }
}
