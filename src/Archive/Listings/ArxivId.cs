using System.Text.RegularExpressions;

namespace PaperArchive.Listings;

/// <summary>
/// arXiv identifiers of the modern form <c>YYMM.NNNNN</c> (four digits after the dot before 2015), read from the
/// paper links a capture keeps: <c>huggingface.co/papers/2410.05434</c>, <c>arxiv.org/abs/2410.05434v2</c>,
/// <c>arxiv.org/pdf/2410.05434v1.pdf</c>. The version is dropped: every version is the same paper.
/// </summary>
public static partial class ArxivId
{
    /// <summary>True when <paramref name="url"/> points at a paper page (Hugging Face or arXiv), valid id or not.</summary>
    public static bool IsPaperUrl(string url) => PaperUrl().IsMatch(url.Trim());

    /// <summary>The id of a paper URL, or null when the URL is not a paper link or its id is malformed.</summary>
    public static string? FromUrl(string url)
    {
        var match = PaperUrl().Match(url.Trim());
        return match.Success ? Normalize(match.Groups["id"].Value) : null;
    }

    /// <summary>The id without its version, or null when <paramref name="id"/> is not <c>YYMM.NNNN(N)</c> with a real month.</summary>
    public static string? Normalize(string id)
    {
        var match = IdForm().Match(id);
        if (!match.Success)
        {
            return null;
        }

        var month = int.Parse(match.Groups["yymm"].Value.AsSpan(2));
        return month is >= 1 and <= 12 ? $"{match.Groups["yymm"].Value}.{match.Groups["number"].Value}" : null;
    }

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?(?:huggingface\.co/papers|(?:export\.)?arxiv\.org/(?:abs|pdf))/(?<id>[^/?#\s]+?)(?:\.pdf)?/?(?:[?#]\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PaperUrl();

    [GeneratedRegex(@"^(?<yymm>\d{4})\.(?<number>\d{4,5})(?:v\d{1,3})?$")]
    private static partial Regex IdForm();
}
