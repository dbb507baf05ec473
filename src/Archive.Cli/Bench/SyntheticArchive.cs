using PaperArchive.Listings;

namespace PaperArchive.Cli.Bench;

/// <summary>A planned synthetic archive: its listings in capture order, one more listing of new papers that the
/// benchmark adds afterwards to time an incremental rebuild, and then a listing that mixes new papers with known ones
/// (which gain a source and upvotes), as real listings do.</summary>
internal sealed record SyntheticArchive(int Seed, IReadOnlyList<SyntheticListing> Listings, SyntheticListing Addition, SyntheticListing Relisting)
{
    /// <summary>Distinct papers in <see cref="Listings"/> (without the addition).</summary>
    public int Papers => Listings.SelectMany(l => l.Papers).Select(p => p.Number).Distinct().Count();

    public int Entries => Listings.Sum(l => l.Papers.Count);
}

/// <summary>One listing file to write: its name starts with the capture date, as curators name them.</summary>
internal sealed record SyntheticListing(string FileName, DateOnly Captured, ListingFormat Format, IReadOnlyList<SyntheticPaper> Papers);

/// <summary>One paper; its abstract is regenerated from <see cref="TextSeed"/> whenever a listing shows it, so a
/// 100,000-paper plan holds titles but not abstracts.</summary>
internal sealed record SyntheticPaper(
    int Number,
    string Title,
    int TextSeed,
    int? Authors,
    SyntheticOrganization? Organization,
    DateOnly Published,
    int Upvotes);

/// <summary>A hub organisation as the page shows it: the handle, then the display name the parser keeps.</summary>
internal sealed record SyntheticOrganization(string Handle, string Name);
