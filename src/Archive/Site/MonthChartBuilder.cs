using PaperArchive.Site.Pages;

namespace PaperArchive.Site;

/// <summary>Lays out the papers-per-month chart of the most recent <see cref="Months"/> months of publication.</summary>
public static class MonthChartBuilder
{
    public const int Months = 36;
    private const int Width = 360;
    private const int PlotHeight = 110;
    private const int Top = 8;
    private const int LabelSpace = 22;

    /// <param name="months">Papers per (year, month) of publication, in any order.</param>
    public static MonthChart Build(IReadOnlyDictionary<(int Year, int Month), int> months)
    {
        var baseline = Top + PlotHeight;
        if (months.Count == 0)
        {
            return new MonthChart(Width, baseline + LabelSpace, baseline, "Papers per month", "No paper has a publication date yet.", [], []);
        }

        var last = months.Keys.Max();
        var lastIndex = last.Year * 12 + last.Month - 1;
        var firstIndex = Math.Max(months.Keys.Min().Year * 12 + months.Keys.Min().Month - 1, lastIndex - Months + 1);
        var count = lastIndex - firstIndex + 1;
        var max = Math.Max(1, months.Values.Max());
        var slot = Width / count;
        var barWidth = Math.Max(2, slot - Math.Max(1, slot / 5));
        var bars = new List<ChartBar>(count);
        var labels = new List<ChartLabel>();
        var shown = 0;
        for (var i = 0; i < count; i++)
        {
            var year = (firstIndex + i) / 12;
            var month = (firstIndex + i) % 12 + 1;
            var papers = months.GetValueOrDefault((year, month));
            shown += papers;
            var height = papers == 0 ? 0 : Math.Max(3, papers * PlotHeight / max);
            var x = i * slot;
            bars.Add(new ChartBar(x, baseline - height, barWidth, height, DateText.ShortMonth(year, month), papers,
                papers == 0 ? null : SiteUrls.Month(year, month)));
            // The first bar is labelled too, unless a January follows so closely that the labels would overlap.
            if (month == 1 || (i == 0 && month <= 9))
            {
                labels.Add(new ChartLabel(x, year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var first = bars[0].Label;
        var description = $"Bars for each month from {first} to {bars[^1].Label}; {DateText.Papers(shown)} in that span, at most {DateText.Papers(max)} in one month.";
        return new MonthChart(count * slot, baseline + LabelSpace, baseline, "Papers per month of publication", description, bars, labels);
    }
}
