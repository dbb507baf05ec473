using PaperArchive.Catalog;
using PaperArchive.Classification;
using PaperArchive.Site;

namespace PaperArchive.Tests.Support;

/// <summary>
/// A large made-up archive for scale tests: papers whose titles and abstracts recombine the words of a real
/// archive (so common words stay common), with a steady trickle of new words as a growing archive would have,
/// random dates, upvotes and one or two of eight themes. Seeded: the same count gives the same archive.
/// </summary>
public static class SyntheticContent
{
    public static SiteContent Create(SiteContent seed, int count)
    {
        var random = new Random(20251208);
        var titleWords = seed.VisiblePapers.SelectMany(p => p.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var abstractWords = seed.VisiblePapers.SelectMany(p => (p.Abstract ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var papers = new List<Paper>(count);
        for (var i = 0; i < count; i++)
        {
            var title = Text(random, titleWords, 6 + random.Next(8));
            var abstractText = Text(random, abstractWords, 120 + random.Next(120));
            var slug = $"paper-{i:D6}";
            papers.Add(new Paper
            {
                Id = $"{i:x12}",
                Slug = slug,
                Title = title,
                Abstract = abstractText,
                Published = random.Next(4) == 0 ? null : new DateOnly(2019 + random.Next(7), 1 + random.Next(12), 1 + random.Next(28)),
                Added = new DateOnly(2025, 12, 8),
                Upvotes = (int)Math.Pow(random.NextDouble(), 3) * 400,
                Sources = [],
            });
        }

        var themes = Enumerable.Range(0, 8).Select(t => new ResearchTheme(
            $"theme-{t}", $"Theme {t}", "Synthetic.", papers.Where((_, i) => i % 8 == t || i % 13 == t).ToList())).ToList();
        return new SiteContent(seed.Config, new PaperCatalog(papers, []), themes, RelatedPapers.None);
    }

    private static string Text(Random random, string[] words, int length)
    {
        var parts = new string[length];
        for (var i = 0; i < length; i++)
        {
            // About one word in forty is new, as in a growing archive; the rest follow the real distribution.
            parts[i] = random.Next(40) == 0 ? "w" + random.Next(2_000_000).ToString("x", System.Globalization.CultureInfo.InvariantCulture) : words[random.Next(words.Length)];
        }

        return string.Join(' ', parts);
    }
}
