using PaperArchive.Catalog;
using PaperArchive.Feeds;

namespace PaperArchive.Tests.Feeds;

public sealed class TopItemsTests
{
    [Fact]
    public void The_top_items_equal_the_first_items_of_a_full_sort()
    {
        var random = new Random(20251208);
        var papers = Enumerable.Range(0, 2_000).Select(i => Paper(i, random)).ToList();
        var sorted = papers.Order(PaperOrder.LatestThenNewest).ToList();

        foreach (var count in new[] { 0, 1, 7, 50, 1_999, 2_000, 5_000 })
        {
            Assert.Equal(sorted.Take(count), TopItems.Select(papers, count, PaperOrder.LatestThenNewest));
        }
    }

    [Fact]
    public void The_feed_order_is_latest_added_then_newest_published_with_undated_last_then_title()
    {
        var day = new DateOnly(2025, 12, 8);
        var older = Make("a", "Zeta", day.AddDays(-1), new DateOnly(2025, 1, 1));
        var undated = Make("b", "Alpha", day, null);
        var publishedEarly = Make("c", "Beta", day, new DateOnly(2024, 1, 1));
        var publishedLate = Make("d", "Gamma", day, new DateOnly(2025, 1, 1));
        var sameDayTwin = Make("e", "Delta", day, new DateOnly(2025, 1, 1));

        var ordered = TopItems.Select([older, undated, publishedEarly, publishedLate, sameDayTwin], 10, PaperOrder.LatestThenNewest);

        Assert.Equal(["Delta", "Gamma", "Beta", "Alpha", "Zeta"], ordered.Select(p => p.Title));
    }

    private static Paper Paper(int i, Random random) =>
        Make($"{i:x12}", $"Title {random.Next(50)}", new DateOnly(2025, 1, 1).AddDays(random.Next(30)),
            random.Next(3) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(random.Next(30)));

    private static Paper Make(string id, string title, DateOnly added, DateOnly? published) => new()
    {
        Id = id,
        Slug = id,
        Title = title,
        Abstract = "An abstract.",
        Added = added,
        Published = published,
        Sources = [new PaperSource("listing.txt", 1)],
    };
}
