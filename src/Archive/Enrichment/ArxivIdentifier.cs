using System.Text.RegularExpressions;

namespace PaperArchive.Enrichment;

/// <summary>An arXiv identifier with its version, as the API writes it in an entry's <c>id</c>:
/// <c>http://arxiv.org/abs/2305.10601v2</c>, or for papers from before 2007 <c>http://arxiv.org/abs/cond-mat/0607501v2</c>.</summary>
internal readonly partial record struct ArxivIdentifier(string Id, int Version)
{
    public static ArxivIdentifier? FromAbsUrl(string url)
    {
        var match = AbsUrl().Match(url.Trim());
        return match.Success ? new ArxivIdentifier(match.Groups["id"].Value, int.Parse(match.Groups["version"].Value)) : null;
    }

    /// <summary>True for an id without version in either form: <c>2305.10601</c>, <c>0704.0001</c>, <c>cond-mat/0607501</c>.</summary>
    public static bool IsValidId(string id) => BareId().IsMatch(id);

    [GeneratedRegex(@"^https?://(?:export\.)?arxiv\.org/abs/(?<id>\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})v(?<version>\d{1,3})$")]
    private static partial Regex AbsUrl();

    [GeneratedRegex(@"^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})$")]
    private static partial Regex BareId();
}
