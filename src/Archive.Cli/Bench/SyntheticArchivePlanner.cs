using PaperArchive.Listings;
using PaperArchive.Text;

namespace PaperArchive.Cli.Bench;

/// <summary>
/// Plans a synthetic archive of an exact number of distinct papers, from a seed alone: listings of ~100–500
/// entries captured between mid-2015 and the end of 2025, one in five in the compact form, about one entry in ten
/// a paper an earlier listing already showed.
/// </summary>
internal static class SyntheticArchivePlanner
{
    public const int AdditionSize = 50;

    /// <summary>How many papers of the re-listing the archive already had: real listings show known papers again
    /// (the five shipped listings hold 497 entries for 455 papers), each time with a new source and often more upvotes.</summary>
    public const int RelistedKnown = 5;

    private const double RepeatShare = 0.10;

    private static readonly DateOnly FirstCapture = new(2015, 6, 1);
    private static readonly DateOnly LastCapture = new(2025, 12, 20);
    private static readonly DateOnly EarliestPublication = new(2015, 1, 1);

    private static readonly string[] Topics =
        ["alignment", "agents", "vision", "reasoning", "human-feedback", "interpretability", "diffusion", "retrieval", "robotics", "speech"];

    private static readonly SyntheticOrganization[] Organizations =
    [
        new("metaresearch", "Meta Research"), new("google", "Google"), new("nvidia", "NVIDIA"), new("allenai", "Ai2"),
        new("microsoft", "Microsoft"), new("deepseek-ai", "DeepSeek"), new("Qwen", "Qwen"), new("huggingface", "Hugging Face"),
        new("stanford", "Stanford AI Lab"), new("mit", "MIT CSAIL"), new("tsinghua", "Tsinghua University"), new("openbmb", "OpenBMB"),
    ];

    public static SyntheticArchive Plan(int papers, int seed, BenchVocabulary vocabulary)
    {
        var random = new Random(seed);
        var titles = new SyntheticTitles(vocabulary);
        var sizes = ListingSizes(papers, random);
        var introduced = new List<SyntheticPaper>(papers);

        // Papers first shown by a Daily Papers page: shown again by one, they gain a source and upvotes and nothing else
        // (a paper first seen in the compact form would also gain its abstract, a real change of what search holds).
        var introducedInPages = new List<SyntheticPaper>(papers);
        var listings = new List<SyntheticListing>(sizes.Count);
        for (var index = 0; index < sizes.Count; index++)
        {
            var captured = CaptureDate(index, sizes.Count, random);
            var (fresh, repeats) = sizes[index];
            var format = index % 5 == 1 ? ListingFormat.CompactText : ListingFormat.DailyPapersPage;
            var entries = new List<SyntheticPaper>(fresh + repeats);
            entries.AddRange(PickRepeats(introduced, repeats, random));
            for (var i = 0; i < fresh; i++)
            {
                var paper = NewPaper(introduced.Count + 1, captured, titles, random);
                introduced.Add(paper);
                entries.Add(paper);
                if (format == ListingFormat.DailyPapersPage)
                {
                    introducedInPages.Add(paper);
                }
            }

            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entries));
            listings.Add(new SyntheticListing($"{captured:yyyy-MM-dd}-{Topics[index % Topics.Length]}-{index + 1:D4}.txt", captured, format, entries));
        }

        var addedOn = LastCapture.AddDays(7);
        var addition = Enumerable.Range(0, AdditionSize)
            .Select(i => NewPaper(papers + i + 1, addedOn, titles, random))
            .ToList();
        var relistedOn = addedOn.AddDays(7);
        var known = Math.Min(RelistedKnown, introducedInPages.Count);
        var relisting = PickRepeats(introducedInPages, known, random)
            .Select(p => p with { Upvotes = p.Upvotes + 10 + random.Next(0, 40) })
            .Concat(Enumerable.Range(0, AdditionSize - known)
                .Select(i => NewPaper(papers + AdditionSize + i + 1, relistedOn, titles, random)))
            .ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(relisting));
        return new SyntheticArchive(
            seed,
            listings,
            new SyntheticListing($"{addedOn:yyyy-MM-dd}-added-papers.txt", addedOn, ListingFormat.DailyPapersPage, addition),
            new SyntheticListing($"{relistedOn:yyyy-MM-dd}-relisted-papers.txt", relistedOn, ListingFormat.DailyPapersPage, relisting));
    }

    /// <summary>(new papers, repeated papers) per listing. Small archives get smaller listings so that even a few
    /// hundred papers make several listings of both forms.</summary>
    private static List<(int Fresh, int Repeats)> ListingSizes(int papers, Random random)
    {
        var largest = Math.Clamp(papers / 3, 20, 500);
        var smallest = Math.Min(100, largest / 2);
        var sizes = new List<(int, int)>();
        var introduced = 0;
        while (introduced < papers)
        {
            var size = random.Next(smallest, largest + 1);
            var repeats = Math.Min(introduced, (int)Math.Round(size * RepeatShare));
            var fresh = Math.Min(size - repeats, papers - introduced);
            sizes.Add((fresh, repeats));
            introduced += fresh;
        }

        return sizes;
    }

    private static DateOnly CaptureDate(int index, int count, Random random)
    {
        var span = LastCapture.DayNumber - FirstCapture.DayNumber;
        var step = count > 1 ? span / (count - 1.0) : 0;
        // The first listing stays on the first day, so every archive starts in 2015.
        var jitter = index > 0 && step >= 2 ? random.Next(0, (int)(step / 2)) : 0;
        return DateOnly.FromDayNumber(Math.Min(LastCapture.DayNumber, FirstCapture.DayNumber + (int)(index * step) + jitter));
    }

    private static IEnumerable<SyntheticPaper> PickRepeats(List<SyntheticPaper> introduced, int count, Random random)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(random.Next(introduced.Count));
        }

        return chosen.Order().Select(i => introduced[i]);
    }

    /// <summary>Most papers are published in the months before their first capture, some years before.</summary>
    private static SyntheticPaper NewPaper(int number, DateOnly captured, SyntheticTitles titles, Random random)
    {
        var age = random.NextDouble() < 0.6 ? random.Next(0, 300) : random.Next(300, 1100);
        var published = DateOnly.FromDayNumber(Math.Max(EarliestPublication.DayNumber, captured.DayNumber - age));
        var byOrganization = random.NextDouble() < 0.25;
        var upvotes = random.NextDouble() < 0.5 ? 0 : 1 + (int)(60 * random.NextDouble() * random.NextDouble());
        return new SyntheticPaper(
            number,
            titles.Next(random),
            random.Next(),
            byOrganization ? null : 1 + random.Next(0, 12) + random.Next(0, 12),
            byOrganization ? Organizations[random.Next(Organizations.Length)] : null,
            published,
            upvotes);
    }
}
