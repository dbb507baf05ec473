namespace PaperArchive.Listings.GitHubDigest;

/// <summary>What a digest shows: its numbered blocks in order, and the day its "Last Updated" line names.</summary>
internal sealed record DigestCapture(IReadOnlyList<DigestCard> Cards, DateOnly? LastUpdated, int? LastUpdatedLine);
