using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>Lays out a papers-per-month chart of the most recent <see cref="Months"/> months of publication: the home
/// page's for the whole archive, and each research theme's over the same months, so that their bars line up.</summary>
internal static class MonthChartBuilder
{
    public const int Months = 36;
    private const int Width = 360;
    private const int PlotHeight = 110;
    private const int Top = 8;
    private const int LabelSpace = 22;

    /// <summary>The months a chart of the archive spans: up to <see cref="Months"/>, ending with the newest; null when no
    /// paper has a publication date.</summary>
    public static (int First, int Last)? Span(IEnumerable<(int Year, int Month)> months)
    {
        var indexes = months.Select(m => m.Year * 12 + m.Month - 1).ToList();
        return indexes.Count == 0 ? null : (Math.Max(indexes.Min(), indexes.Max() - Months + 1), indexes.Max());
    }

    /// <param name="months">Papers per (year, month) of publication, in any order.</param>
    /// <param name="span">The months to draw (<see cref="Span"/> of the archive); null draws no bars.</param>
    /// <param name="linked">Whether each bar links to its month's page (the archive's chart; a theme's bars would
    /// lead to a month of every theme).</param>
    public static MonthChart Build(IReadOnlyDictionary<(int Year, int Month), int> months, (int First, int Last)? span, DateStyle dates, bool linked = true)
    {
        var baseline = Top + PlotHeight;
        if (span is not var (firstIndex, lastIndex))
        {
            return new MonthChart(Width, baseline + LabelSpace, baseline, "Papers per month", "No paper has a publication date yet.", [], []);
        }

        var count = lastIndex - firstIndex + 1;
        var counts = Enumerable.Range(firstIndex, count).Select(m => months.GetValueOrDefault((m / 12, m % 12 + 1))).ToList();
        var max = Math.Max(1, counts.Max());
        var slot = Width / count;
        var barWidth = Math.Max(2, slot - Math.Max(1, slot / 5));
        var bars = new List<ChartBar>(count);
        var labels = new List<ChartLabel>();
        for (var i = 0; i < count; i++)
        {
            var year = (firstIndex + i) / 12;
            var month = (firstIndex + i) % 12 + 1;
            var papers = counts[i];
            var height = papers == 0 ? 0 : Math.Max(3, papers * PlotHeight / max);
            var x = i * slot;
            bars.Add(new ChartBar(x, baseline - height, barWidth, height, dates.ShortMonthText(year, month), papers,
                papers == 0 || !linked ? null : SiteUrls.Month(year, month)));
            // The first bar is labelled too, unless a January follows so closely that the labels would overlap.
            if (month == 1 || (i == 0 && month <= 9))
            {
                labels.Add(new ChartLabel(x, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var first = bars[0].Label;
        var description = $"Bars for each month from {first} to {bars[^1].Label}; {DateText.Papers(counts.Sum())} in that span, at most {DateText.Papers(counts.Max())} in one month.";
        return new MonthChart(count * slot, baseline + LabelSpace, baseline, "Papers per month of publication", description, bars, labels);
    }
}
