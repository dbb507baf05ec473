namespace PaperArchive.Checking;

/// <summary>How much a check looked at: HTML pages parsed, internal links resolved, and every file in the output.</summary>
public sealed record CheckSummary(int Pages, int Links, int Files)
{
    public static CheckSummary Empty { get; } = new(0, 0, 0);
}
