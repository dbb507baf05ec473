namespace PaperArchive.Site.Pages;

/// <summary>
/// A papers-per-month bar chart (the home page's, a theme's), laid out at build time in whole SVG user units, so the template
/// only draws rectangles: no script, no inline style, and the same numbers on every build.
/// </summary>
public sealed record MonthChart(
    int Width,
    int Height,
    int Baseline,
    string Title,
    string Description,
    IReadOnlyList<ChartBar> Bars,
    IReadOnlyList<ChartLabel> Labels)
{
    public bool HasBars => Bars.Count > 0;

    public int LabelY => Height - 6;
}

/// <summary>One month's bar; <see cref="Path"/> is its month page, or null when the month has no papers.</summary>
public sealed record ChartBar(int X, int Y, int Width, int Height, string Label, int Count, string? Path)
{
    public string CountText => DateText.Papers(Count);
}

/// <summary>A label under the bars (the year at each January).</summary>
public sealed record ChartLabel(int X, string Text);
