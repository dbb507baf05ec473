using System.Text.RegularExpressions;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Gathers an entry's metadata from loose items, in whatever order a capture wrote them: an author count or an
/// organisation name, the <c>·</c> separator, the date, the upvote count (<c>19</c>, <c>[-] 19</c>), comment counts.
/// </summary>
internal sealed partial class MetadataCollector(string file, DiagnosticBag diagnostics)
{
    /// <summary>The middle dot the Daily Papers cards put between the byline and the date.</summary>
    public const string Separator = "·";

    private Shown<int>? _authors;
    private Shown<string>? _organization;
    private PartialDate? _published;
    private Shown<int>? _upvotes;
    private bool _separator;
    private bool _any;

    public EntryMetadata? Result => _any ? new EntryMetadata(_authors, _organization, _published, _upvotes) : null;

    /// <summary>True when <paramref name="text"/> is an author count, separator, date, upvote or comment count.</summary>
    public static bool IsMetadata(string text) =>
        text == MetadataCollector.Separator || Authors().IsMatch(text) || Comments().IsMatch(text) ||
        Upvotes().IsMatch(text) || DateLine.TryParse(text, default, out _, out _);

    public void Add(string text, TextLine line)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        _any = true;
        Match match;
        if (text == MetadataCollector.Separator)
        {
            _separator = true;
        }
        else if ((match = Authors().Match(text)).Success)
        {
            _authors = Shown.At(int.Parse(match.Groups[1].Value), line.LocationIn(file));
        }
        else if ((match = Upvotes().Match(text)).Success)
        {
            _upvotes = Shown.At(int.Parse(match.Groups[1].Value), line.LocationIn(file));
        }
        else if (DateLine.TryParse(text, line.LocationIn(file), out var date, out var upvotes))
        {
            _published = date;
            _upvotes = upvotes is { } count ? Shown.At(count, line.LocationIn(file)) : _upvotes;
        }
        else if (Comments().IsMatch(text))
        {
            // Comment counts change every day and say nothing about the paper.
        }
        else if (!_separator && _published is null && _organization is null && _authors is null)
        {
            _organization = Shown.At(text, line.LocationIn(file));
        }
        else
        {
            diagnostics.Warning(DiagnosticIds.UnknownMetadataLine, line.LocationIn(file),
                $"'{Snippet.Of(text)}' is not an author count, organisation, date or upvote count; it is ignored.");
        }
    }

    [GeneratedRegex(@"^[·•]?\s*(\d{1,5})\s+authors?$", RegexOptions.IgnoreCase)]
    private static partial Regex Authors();

    [GeneratedRegex(@"^[·•]?\s*\d{1,7}\s+comments?$", RegexOptions.IgnoreCase)]
    private static partial Regex Comments();

    [GeneratedRegex(@"^(?:\[[-+]\]\s*|upvotes?\s*)?(\d{1,7})$", RegexOptions.IgnoreCase)]
    private static partial Regex Upvotes();
}
