using System.Globalization;
using System.Text;
using PaperArchive.Listings;

namespace PaperArchive.Cli.Bench;

/// <summary>
/// Writes a planned listing in the form it names, as a browser copy of the page would read: the Daily Papers page
/// (header, capture date, blank-line separated title, abstract and metadata blocks) or the compact form (two
/// header lines, "Subscribe" glued to the first title, then title and abstract lines).
/// </summary>
internal static class SyntheticListingText
{
    public static string Write(SyntheticListing listing, BenchVocabulary vocabulary) =>
        listing.Format == ListingFormat.CompactText ? Compact(listing, vocabulary) : Page(listing, vocabulary);

    private static string Page(SyntheticListing listing, BenchVocabulary vocabulary)
    {
        var text = new StringBuilder();
        text.Append("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n");
        text.Append(MonthDay(listing.Captured)).Append("\n\n");
        foreach (var paper in listing.Papers)
        {
            text.Append(paper.Title).Append("\n\n");
            text.Append(SyntheticText.Abstract(vocabulary, paper.TextSeed)).Append("\n\n");
            text.Append(paper.Organization is { } org ? $"{org.Handle} {org.Name}" : Authors(paper.Authors ?? 1)).Append('\n');
            text.Append("·\n");
            text.Append(PublishedText(paper, listing.Captured));
            if (paper.Upvotes > 0)
            {
                text.Append(' ').Append(paper.Upvotes.ToString(CultureInfo.InvariantCulture));
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }

    private static string Compact(SyntheticListing listing, BenchVocabulary vocabulary)
    {
        var text = new StringBuilder();
        text.Append("Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\nSubscribe");
        foreach (var paper in listing.Papers)
        {
            text.Append(paper.Title).Append('\n');
            text.Append(SyntheticText.Abstract(vocabulary, paper.TextSeed)).Append('\n');
        }

        return text.ToString();
    }

    private static string Authors(int count) => count == 1 ? "  • 1 author" : $"  • {count} authors";

    /// <summary>
    /// Hugging Face leaves the year out for dates of the capture's year. A year-less date is read as the capture
    /// year, or the year before when it is later than the capture day, so it is only written for dates in the year up
    /// to the capture; half of the previous-year ones still get their year, as the page does across New Year.
    /// </summary>
    public static string PublishedText(SyntheticPaper paper, DateOnly captured)
    {
        var published = paper.Published;
        var yearLessReadsBack = published <= captured && published > captured.AddYears(-1);
        var leaveYearOut = yearLessReadsBack && (published.Year == captured.Year || (paper.Number + captured.DayNumber) % 2 == 0);
        return leaveYearOut ? MonthDay(published) : $"{MonthDay(published)}, {published.Year}";
    }

    private static string MonthDay(DateOnly date) => $"{DateLine.MonthNames[date.Month - 1]} {date.Day}";
}
