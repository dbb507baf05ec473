using System.Text;
using PaperArchive.Diagnostics;

namespace PaperArchive.Listings;

/// <summary>Turns a listing's bytes into text, refusing what is not UTF-8 text rather than guessing.</summary>
internal static class ListingDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ListingSource source, DiagnosticBag diagnostics)
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

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = e.Index >= 0 ? LineAt(bytes, e.Index) : 1;
            diagnostics.Error(DiagnosticIds.ListingNotText, new SourceLocation(source.Path, line),
                "this file is not valid UTF-8 text; save the listing as UTF-8. No paper was read from it.");
            return null;
        }
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
