using System.Text;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>
/// Turns a capture's bytes into lines of text: UTF-8 with or without a byte order mark, or UTF-16 (little or big
/// endian) with one, as Windows PowerShell writes. Anything else is refused rather than guessed. UTF-8 lines are
/// decoded one at a time, so a large listing never becomes one large string (and never lands on the large-object
/// heap, whose collections cost the whole heap).
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The lines as <see cref="ListingText.SplitLines"/> would give them (CR, LF and CRLF end a line), or
    /// null when the bytes are not text (the reason is in <paramref name="diagnostics"/>).</summary>
    public static IReadOnlyList<string>? DecodeLines(RawListing raw, DiagnosticBag diagnostics)
    {
        var bytes = raw.Content.AsSpan();
        if (bytes.Length >= 2 && bytes[0] + bytes[1] == 0xFF + 0xFE && bytes[0] is 0xFF or 0xFE)
        {
            return DecodeUtf16(raw, bytes[0] == 0xFE ? StrictUtf16Be : StrictUtf16Le, diagnostics);
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticIds.ListingNotText, new SourceLocation(raw.Path, LineAt(bytes, nul)),
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
                diagnostics.Error(DiagnosticIds.ListingNotText, new SourceLocation(raw.Path, e.Index >= 0 ? lineNumber : 1),
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

    private static List<string>? DecodeUtf16(RawListing raw, UnicodeEncoding encoding, DiagnosticBag diagnostics)
    {
        var bytes = raw.Content.AsSpan(2);
        try
        {
            var text = encoding.GetString(bytes);
            if (text.IndexOf('\0') is var nul and >= 0)
            {
                diagnostics.Error(DiagnosticIds.ListingNotText, new SourceLocation(raw.Path, text.AsSpan(0, nul).Count('\n') + 1),
                    "this file holds binary data (a NUL character), not a saved listing; no paper was read from it.");
                return null;
            }

            return ListingText.SplitLines(text);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticIds.ListingNotText, SourceLocation.Of(raw.Path),
                "this file starts like UTF-16 text but is not valid UTF-16; save the listing as UTF-8. No paper was read from it.");
            return null;
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
