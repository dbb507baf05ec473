using PaperArchive.Diagnostics;
using PaperArchive.Listings;
using PaperArchive.Tests.Support;

namespace PaperArchive.Tests.Fuzzing;

/// <summary>
/// The shipped listings cut into header and per-entry chunks of lines, so that a fuzz case can be a small real
/// excerpt (the header and a few consecutive entries) rather than a whole 400 KB file.
/// </summary>
internal sealed record FuzzCorpus(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Entries)
{
    public static IReadOnlyList<FuzzCorpus> Shipped { get; } = Load();

    private static List<FuzzCorpus> Load()
    {
        var corpora = new List<FuzzCorpus>();
        foreach (var path in Directory.GetFiles(Path.Combine(RepoPaths.ShippedInput, "listings")).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(path).Split('\n');
            var config = new PaperArchive.Configuration.ListingConfig(Path.GetFileName(path), new DateOnly(2025, 12, 9), null, default);
            var listing = ListingParser.Default.Parse(new RawListing(Path.GetFileName(path), File.ReadAllBytes(path)), config, new DiagnosticBag())!;
            var starts = listing.Entries.Select(e => e.Location.Line - 1).Append(lines.Length).ToList();
            var entries = Enumerable.Range(0, starts.Count - 1)
                .Select(i => (IReadOnlyList<string>)lines[starts[i]..starts[i + 1]])
                .ToList();
            corpora.Add(new FuzzCorpus(Path.GetFileName(path), lines[..starts[0]], entries));
        }

        return corpora;
    }
}
