namespace PaperArchive.Listings.PapersApi;

/// <summary>
/// The papers of an API response in order; the newest <c>submittedOnDailyAt</c> day (the daily list the response
/// shows); and, when the JSON breaks off or is invalid, where (the papers before that point are kept).
/// </summary>
public sealed record PapersApiCapture(IReadOnlyList<ApiPaper> Papers, DateOnly? NewestDailyDay, JsonBreak? Break);

/// <summary>Where a JSON text stops being valid JSON, and what the reader said.</summary>
public sealed record JsonBreak(int Line, string Message);
