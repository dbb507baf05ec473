using System.Text;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Turns a listing's bytes into lines of text, refusing what is not UTF-8 text rather than guessing. Lines are
/// decoded one at a time, so a large listing never becomes one large string (and never lands on the large-object
/// heap, whose collections cost the whole heap).
/// </summary>
internal static class ListingDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines as <see cref="ListingText.SplitLines"/> would give them (CR, LF and CRLF end a line), or
    /// null when the bytes are not UTF-8 text (the reason is in <paramref name="diagnostics"/>).</summary>
    public static IReadOnlyList<string>? DecodeLines(ListingSource source, DiagnosticBag diagnostics)
    {
        var bytes = source.Content.AsSpan();
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticIds.ListingNotText, new SourceLocation(source.Path, LineAt(bytes, nul)),
                "this file holds binary data (a NUL byte), not a saved listing; no paper was read from it.");
            return null;
        }

        var lines = new List<string>();
        for (var lineNumber = 1; ; lineNumber++)
        {
            var end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..end];
            if (end >= 0 && line.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            try
            {
                AddLines(lines, StrictUtf8.GetString(line));
            }
            catch (DecoderFallbackException e)
            {
                diagnostics.Error(DiagnosticIds.ListingNotText, new SourceLocation(source.Path, e.Index >= 0 ? lineNumber : 1),
                    "this file is not valid UTF-8 text; save the listing as UTF-8. No paper was read from it.");
                return null;
            }

            if (end < 0)
            {
                return lines;
            }

            bytes = bytes[(end + 1)..];
        }
    }

    /// <summary>A line between two LFs may still hold old Mac line endings (a bare CR).</summary>
    private static void AddLines(List<string> lines, string text)
    {
        if (!text.Contains('\r'))
        {
            lines.Add(text);
        }
        else
        {
            lines.AddRange(ListingText.SplitLines(text));
        }
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
