using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Notices a listing saved only in part: when the file stops without a final line break in the middle of the last
/// abstract's sentence, that abstract is cut off. The paper is kept; the curator is told which line to look at.
/// </summary>
internal static class EndOfFile
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', ')', '"', '\'', '”', '’', ']'];

    public static void WarnIfCutOff(ListingText text, DecodedCapture capture, DiagnosticBag diagnostics)
    {
        if (text.EndsWithLineBreak || capture.Cards.Count == 0)
        {
            return;
        }

        var lastLine = text.Lines.Count;
        var last = text.Lines[^1].Trim();
        var card = capture.Cards[^1];
        if (last.Length > 0 && card.Abstract is { Value: { Length: > 0 } abstractText } && abstractText.EndsWith(last, StringComparison.Ordinal) &&
            last.IndexOfAny(SentenceEnds, last.Length - 1) < 0)
        {
            diagnostics.Warning(DiagnosticIds.EntryCutOff, new SourceLocation(text.File, lastLine),
                $"the file ends in the middle of the abstract of '{Snippet.Of(card.Title.Value)}'; the paper is kept with the text that was saved.");
        }
    }
}
