namespace PaperArchive.Listings.PapersApi;

/// <summary>
/// The papers of an API response in order; the newest <c>submittedOnDailyAt</c> day (the daily list the response
/// shows); the elements that are no paper; and, when the JSON breaks off or is invalid, where (the papers before that point are kept).
/// </summary>
internal sealed record PapersApiCapture(IReadOnlyList<ApiPaper> Papers, DateOnly? NewestDailyDay, JsonBreak? Break)
{
    /// <summary>The lines of elements that are not paper objects (no title or no id).</summary>
    public IReadOnlyList<int> NotPapers { get; init; } = [];
}

/// <summary>Where a JSON text stops being valid JSON, and what the reader said.</summary>
internal sealed record JsonBreak(int Line, string Message);
