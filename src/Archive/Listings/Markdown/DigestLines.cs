using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings.Markdown;

/// <summary>
/// The byline lines of Markdown digests that list papers as bold links (a digest bot's "HuggingFace Papers" section):
/// <c>*Yiming Ren, Xiang Liu, Qumeng Sun et al. (7 authors)*</c>, <c>🏢 EvoMap</c>, and a stats line
/// <c>▲ 16 • 💬 2 • ⭐ 2,171 • 16d ago</c> whose triangle is the paper's upvote count. A list cut by "et al." is not the
/// paper's author list, so only its count is kept; the age ("16d ago") counts from a day the digest does not state.
/// </summary>
internal static partial class DigestLines
{
    private const string OrganizationMark = "🏢";

    public static bool IsByline(string text) => Authors().IsMatch(text) || text.StartsWith(OrganizationMark, StringComparison.Ordinal) || UpvoteStat().IsMatch(text);

    public static PaperCard Read(PaperCard card, string text, SourceLocation location)
    {
        if (Authors().Match(text) is { Success: true } authors)
        {
            var count = int.Parse(authors.Groups["count"].Value);
            var names = authors.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var whole = !authors.Groups["more"].Success && names.Length == count;
            return card with
            {
                AuthorCount = card.AuthorCount ?? Shown.At(count, location),
                AuthorNames = card.AuthorNames ?? (whole ? Shown.At<IReadOnlyList<string>>(names, location) : null),
            };
        }

        if (text.StartsWith(OrganizationMark, StringComparison.Ordinal) && text[OrganizationMark.Length..].Trim() is { Length: > 0 } name)
        {
            return card with { Organization = card.Organization ?? Shown.At(name, location) };
        }

        return UpvoteStat().Match(text) is { Success: true } stat
            ? card with { Upvotes = card.Upvotes ?? Shown.At(int.Parse(stat.Groups[1].Value), location) }
            : card;
    }

    [GeneratedRegex(@"^(?<names>[^()]+?)(?<more>,?\s+et al\.?)?\s+\((?<count>\d{1,5}) authors?\)$")]
    private static partial Regex Authors();

    [GeneratedRegex(@"^▲\s*(\d{1,7})(\s*•|$)")]
    private static partial Regex UpvoteStat();
}
